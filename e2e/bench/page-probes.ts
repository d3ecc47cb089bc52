// Functions the benchmark runs inside pages (passed to page.evaluate or addInitScript, so each
// one stands alone), and the page-side loops built on them.
import type { Page } from '@playwright/test'

/** Records when Swagger UI's Authorize button first appears, from inside the page. */
export function watchAuthorizeButton(): void {
  const record = window as unknown as { authorizeVisibleAt?: number }
  new MutationObserver((_changes, observer) => {
    if (document.querySelector('.auth-wrapper .authorize')) {
      record.authorizeVisibleAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

export interface ColdLoadMarks {
  readonly authorize: number
  readonly firstContentfulPaint: number
  readonly mockReady: number
}

/** Waits for the Authorize button, then reads the page's own clock. */
export async function coldLoadMarks(page: Page): Promise<ColdLoadMarks> {
  await page.waitForFunction(() => (window as unknown as { authorizeVisibleAt?: number }).authorizeVisibleAt)
  return page.evaluate(() => ({
    authorize: (window as unknown as { authorizeVisibleAt?: number }).authorizeVisibleAt ?? Number.NaN,
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    mockReady: performance.getEntriesByName('bearer-playground:mock-ready')[0]?.startTime ?? Number.NaN,
  }))
}

/**
 * When the mock became ready, waiting for it: the playground starts it once the first screen is up,
 * so on a cold load it comes after Authorize.
 */
export async function mockReadyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('bearer-playground:mock-ready').length > 0)
  return page.evaluate(() => performance.getEntriesByName('bearer-playground:mock-ready')[0]?.startTime ?? Number.NaN)
}

/** Resolves once the page paints smoothly again (five frames in a row under 20 ms), or after 2 s. */
export async function settle(): Promise<void> {
  const started = performance.now()
  let smooth = 0
  let last = started
  while (smooth < 5 && performance.now() - started < 2000) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    smooth = now - last < 20 ? smooth + 1 : 0
    last = now
  }
}

/** Sequential fetches from the page, after warm-up; milliseconds per request, body read. */
export async function fetchTimes(page: Page, url: string, init: RequestInit, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ url, init, count }) => {
      const once = async () => {
        const started = performance.now()
        await (await fetch(url, init)).text()
        return performance.now() - started
      }
      for (let i = 0; i < 20; i += 1) await once()
      const times: number[] = []
      for (let i = 0; i < count; i += 1) times.push(await once())
      return times
    },
    { url, init, count },
  )
}
