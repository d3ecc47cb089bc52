// When Swagger UI's page shows the document: its onComplete comes when the document is read, a few
// hundred milliseconds before the operations and Authorize are drawn on a cold start, and what
// waits for the first screen (ui/first-screen.ts) would start loading in that gap.

/** Swagger UI's layout (docs-layout.tsx) with a document drawn, or the message that it failed. */
const SHOWN = '.information-container, .loading-container .title'

/** Calls `shown` once `pane` shows the document (or its failure) and the browser has painted it. */
export function whenDocumentShown(pane: HTMLElement | null, shown: () => void): void {
  const afterPaint = () =>
    requestAnimationFrame(() => {
      setTimeout(shown)
    })
  if (pane === null || pane.querySelector(SHOWN)) {
    afterPaint()
    return
  }
  const observer = new MutationObserver(() => {
    if (!pane.querySelector(SHOWN)) return
    observer.disconnect()
    afterPaint()
  })
  observer.observe(pane, { childList: true, subtree: true })
}
