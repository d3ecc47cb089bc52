// What Swagger UI's markup lacks for assistive technology, added in our layer without forking it:
// a name for the servers <select> and the dialog's close button, and heading levels that fit the
// page (the lesson owns the h1). Swagger UI re-renders often, so new elements are patched as they
// appear; React leaves these attributes alone, since Swagger UI never sets them.

const PATCHES: readonly (readonly [selector: string, attribute: string, value: string])[] = [
  ['select#servers', 'aria-label', 'Servers'],
  ['.dialog-ux .close-modal', 'aria-label', 'Close the dialog'],
  // The document's title sits below the lesson's h1, and the operations' tags below that title.
  ['.swagger-ui .info h1.title', 'aria-level', '2'],
]

function patch(root: ParentNode): void {
  for (const [selector, attribute, value] of PATCHES) {
    for (const element of root.querySelectorAll(selector)) {
      if (element.getAttribute(attribute) !== value) element.setAttribute(attribute, value)
    }
  }
}

/** Patches Swagger UI's markup inside `root` now and whenever it changes; returns the undo of the watch. */
export function watchSwaggerAccessibility(root: HTMLElement): () => void {
  patch(root)
  const observer = new MutationObserver(() => {
    patch(root)
  })
  observer.observe(root, { childList: true, subtree: true })
  return () => {
    observer.disconnect()
  }
}
