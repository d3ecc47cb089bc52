// The mock's status line tells the truth: which mode answers, and when the page's requests stop
// reaching the stand-in (DevTools' "Bypass for network", which a walkthrough sets as DevTools does).
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** DevTools' Network panel checkbox "Bypass for network": requests skip the service worker. */
async function bypassServiceWorker(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page)
  await devtools.send('Network.enable')
  await devtools.send('Network.setBypassServiceWorker', { bypass: true })
}

test.describe('The mock’s status line', () => {
  // 1440 px: the ready line fits beside the docs bar's buttons; 1280 px: it wraps to a second line.
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${viewport.width}x${viewport.height}, the docs stay where they are when the mock starts`, async ({
      page,
      playground,
    }) => {
      // The mock's chunk is held back, so that Authorize shows while the line still says "Starting".
      let release: () => void = () => undefined
      const held = new Promise<void>((resolve) => {
        release = resolve
      })
      await page.route('**/assets/mock-network-*.js', async (route) => {
        await held
        await route.continue()
      })
      await page.setViewportSize(viewport)
      await page.goto('./?lesson=first-steps')
      const authorize = playground.docs.getByRole('button', { name: 'Authorize' })
      await expect(authorize).toBeVisible({ timeout: 25_000 })
      await expect(page.getByRole('status').filter({ hasText: 'Starting the mock API…' })).toBeVisible()
      const starting = await authorize.boundingBox()

      release()
      await playground.waitUntilReady()
      expect(await authorize.boundingBox()).toEqual(starting)
    })
  }

  test('says so when requests go past the stand-in, and the in-page mock brings lesson one back', async ({
    page,
    playground,
  }) => {
    await playground.open('first-steps')
    await expect(page.getByRole('status').filter({ hasText: 'Mock API ready' })).toHaveText(
      'Mock API ready at /learn/oauth2/',
    )
    await bypassServiceWorker(page)

    // The static host knows nothing of the API: its 404 is not FastAPI's answer.
    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^404\b/)
    const alert = page.getByRole('alert').filter({ hasText: 'Mock API not reached' })
    await expect(alert).toContainText(
      'the request for /learn/oauth2/items/ was answered by the network, not by the stand-in',
    )
    await expect(page.getByRole('status').filter({ hasText: 'Mock API ready' })).toHaveCount(0)

    await alert.getByRole('link', { name: 'Run the mock in this page instead' }).click()
    await playground.waitUntilReady()
    await expect(page.getByRole('status').filter({ hasText: 'Mock API ready' })).toContainText(
      'in this page: as the link asked (mock=in-page)',
    )
    const again = await playground.execute('GET', '/items/')
    await expect(again.status).toHaveText(/^401\b/)
    await expect(playground.exchange('GET', '/items/', 401)).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'Mock API not reached' })).toHaveCount(0)
  })

  // The page answers the first screen's OpenAPI document itself (src/server/msw/early-network.ts),
  // so the first request to go past the bypassed worker is the learner's own.
  test('after a reload with the worker bypassed, names the first request that went past it', async ({
    page,
    playground,
  }) => {
    await playground.open('first-steps')
    await bypassServiceWorker(page)
    await page.reload()
    await playground.waitUntilReady()
    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^404\b/)
    await expect(page.getByRole('alert').filter({ hasText: 'Mock API not reached' })).toContainText(
      'the request for /learn/oauth2/items/ was answered by the network',
    )
    await expect(page.getByRole('status').filter({ hasText: 'Mock API ready' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible()
  })

  test('in the page, the third-party login lesson says its login popup needs a service worker', async ({
    page,
    playground,
  }) => {
    await page.goto('./?lesson=third-party-login&mock=in-page')
    await playground.waitUntilReady()
    await expect(page.getByRole('status').filter({ hasText: 'Mock API ready' })).toContainText(
      'this lesson’s login page opens in a popup that only a service worker can serve, so Authorize cannot log in here',
    )
  })
})
