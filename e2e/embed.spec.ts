import { expect, test } from './fixtures'
import { EMBEDDED_TITLE } from './support/embedding-site'
import { EMBEDDING_PORT } from './support/hosts'
import { PlaygroundPage } from './support/playground-page'

const SITE = `http://127.0.0.1:${EMBEDDING_PORT}/`

test.describe('A lesson embedded in another site', () => {
  test.use({ viewport: { width: 1000, height: 760 } })

  test('runs its own mock in a cross-origin frame and shows lesson one’s 401 in the frame’s panel', async ({
    page,
    baseURL,
  }) => {
    await page.goto(SITE)
    const frame = page.locator(`iframe[title="${EMBEDDED_TITLE}"]`).contentFrame()
    const playground = new PlaygroundPage(page, frame)
    await playground.waitUntilReady()
    await expect(frame.getByRole('navigation', { name: 'Lessons' })).toHaveCount(0)
    await expect(frame.getByRole('link', { name: /Open the whole lesson/ })).toHaveAttribute(
      'href',
      new URL('?lesson=first-steps', baseURL).href,
    )

    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^401\b/)
    const denied = playground.traffic.getByRole('option', { name: /GET \/items\/ 401/ }).first()
    await expect(denied).toBeInViewport()
    await expect(playground.experiment('Call the API without a token')).toHaveAccessibleName(
      'Call the API without a token: done',
    )
  })

  test('where the browser refuses the frame a service worker, the frame says so and links to a tab of its own', async ({
    page,
    baseURL,
  }) => {
    // What a browser that blocks third-party storage does to a framed page's worker.
    await page.addInitScript(() => {
      if (window === window.top) return
      navigator.serviceWorker.register = () =>
        Promise.reject(new DOMException('The user denied permission to use Service Worker.', 'SecurityError'))
    })
    await page.goto(SITE)
    const frame = page.locator(`iframe[title="${EMBEDDED_TITLE}"]`).contentFrame()
    const alert = frame.getByRole('alert')
    await expect(alert).toContainText('The mock API could not start')
    await expect(alert.getByRole('link', { name: 'open this lesson in its own tab' })).toHaveAttribute(
      'href',
      new URL('?lesson=first-steps', baseURL).href,
    )
  })
})
