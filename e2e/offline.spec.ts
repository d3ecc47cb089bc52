import { expect, test } from './fixtures'

/** Runs in the page: whether every own file the page loaded is in the worker's copy, and the copies' names. */
async function keptCopy(): Promise<{ readonly copies: string[]; readonly missing: string[] }> {
  const copies = (await caches.keys()).filter((key) => key.startsWith('bearer-playground-files:'))
  const kept = new Set<string>()
  for (const name of copies) for (const request of await (await caches.open(name)).keys()) kept.add(request.url)
  const folder = new URL('./', location.href).href
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.replace(/[?#].*$/, ''))
    .filter((url) => url.startsWith(`${folder}assets/`))
  return { copies, missing: [folder, ...loaded].filter((url) => !kept.has(url)) }
}

test.describe('A lesson on a flaky connection', () => {
  test('once it has loaded, it reloads and answers with no network at all', async ({ playground, page, context }) => {
    await playground.open('first-steps')
    await expect(playground.lessonHeading).toHaveText('First steps')
    // The worker keeps what the page loaded, the lesson's text included, under the build's entry script.
    const entry = await page.locator('script[type="module"][src]').first().getAttribute('src')
    await expect
      .poll(() => page.evaluate(keptCopy))
      .toEqual({
        copies: [`bearer-playground-files:${entry?.replace(/^\.\//, '') ?? ''}`],
        missing: [],
      })

    await context.setOffline(true)
    await page.reload()
    await playground.waitUntilReady()
    await expect(playground.lessonHeading).toHaveText('First steps')
    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^401\b/)
    await expect(playground.exchange('GET', '/items/', 401)).toBeVisible()
    await context.setOffline(false)
  })
})
