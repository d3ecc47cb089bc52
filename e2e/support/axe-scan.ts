// axe-core's default rules over the whole page, Swagger UI's markup included, as one readable
// line per finding: "<state>: <rule id>: <target>".
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** No window is made taller than this, however long the panels get. */
const TALLEST_WINDOW = 20000

/**
 * Scans the page in its current state. axe checks the contrast of text on screen only, and the
 * docked layout scrolls the lesson, the docs and the traffic in columns of their own: a live
 * response lower down would never be checked. So the scan looks at a window as wide as the
 * learner's (the width alone picks the layout) and tall enough to show each column whole, then
 * gives the window its size back.
 */
export async function scanWholePage(page: Page, state: string): Promise<string[]> {
  const viewport = page.viewportSize()
  if (viewport) {
    const height = await page.evaluate(tallEnough)
    await page.setViewportSize({ width: viewport.width, height: Math.min(TALLEST_WINDOW, height) })
  }
  try {
    // Only the violations are read: axe skips gathering every node that passed, a large part
    // of a scan's time on a page this long.
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()
    return results.violations.flatMap(({ id, nodes }) =>
      nodes.map((node) => `${state}: ${id}: ${node.target.map(String).join(' ')}`),
    )
  } finally {
    if (viewport) await page.setViewportSize(viewport)
  }
}

/** Runs in the page: a window height at which no column, nor the page, has to scroll. */
function tallEnough(): number {
  let height = Math.max(window.innerHeight, document.documentElement.scrollHeight)
  for (const element of document.querySelectorAll('*')) {
    const hidden = element.scrollHeight - element.clientHeight
    if (hidden <= 1) continue
    const { overflowY } = getComputedStyle(element)
    if (overflowY === 'auto' || overflowY === 'scroll') height = Math.max(height, window.innerHeight + hidden)
  }
  return Math.ceil(height)
}
