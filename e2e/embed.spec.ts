import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CROSS_SITE_PAGE, EMBEDDED_TITLE, SAME_SITE_PAGE, launchWithThirdPartyCookies } from './support/embedding-site'
import { PlaygroundPage } from './support/playground-page'

const VIEWPORT = { width: 1000, height: 760 }
const IN_PAGE = /^Mock API ready at \/learn\/oauth2\/, in this page: your browser refused a service worker here/
const WITH_WORKER = /^Mock API ready at \/learn\/oauth2\/$/

/** Opens the tutorial site and runs lesson one's first experiment in its frame, as a learner does. */
async function runLessonOneInFrame(page: Page, site: string, status: RegExp): Promise<PlaygroundPage> {
  await page.goto(site)
  const frame = page.locator(`iframe[title="${EMBEDDED_TITLE}"]`).contentFrame()
  const playground = new PlaygroundPage(page, frame)
  await playground.waitUntilReady()
  await expect(frame.getByRole('status').filter({ hasText: 'Mock API ready' }).locator('p').first()).toHaveText(status)
  const response = await playground.execute('GET', '/items/')
  await expect(response.status).toHaveText(/^401\b/)
  await expect(playground.exchange('GET', '/items/', 401)).toBeInViewport()
  await expect(playground.experiment('Call the API without a token')).toHaveAccessibleName(
    'Call the API without a token: done',
  )
  return playground
}

/** What the shared fixtures check on the test's own page, for a browser launched by the test. */
function collectPageErrors(context: BrowserContext): string[] {
  const errors: string[] = []
  context.on('weberror', (error) => errors.push(error.error().message))
  context.on('console', (message) => {
    const text = message.text()
    if (
      message.type() === 'error' &&
      !/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)
    )
      errors.push(text)
  })
  return errors
}

test.describe('A lesson embedded in another site', () => {
  test.use({ viewport: VIEWPORT })

  test('runs its own mock in a cross-origin frame and shows lesson one’s 401 in the frame’s panel', async ({
    page,
    baseURL,
  }) => {
    const { root: frame } = await runLessonOneInFrame(page, SAME_SITE_PAGE, WITH_WORKER)
    await expect(frame.getByRole('navigation', { name: 'Lessons' })).toHaveCount(0)
    await expect(frame.getByRole('link', { name: /Open the whole lesson/ })).toHaveAttribute(
      'href',
      new URL('?lesson=first-steps', baseURL).href,
    )
  })

  test('where the browser refuses the frame a service worker, the frame mocks in the page, says so, and links to a tab of its own', async ({
    page,
    baseURL,
  }) => {
    // What a browser that blocks third-party storage does to a framed page's worker.
    await page.addInitScript(() => {
      if (window === window.top) return
      navigator.serviceWorker.register = () =>
        Promise.reject(new DOMException('The user denied permission to use Service Worker.', 'SecurityError'))
    })
    const playground = await runLessonOneInFrame(page, SAME_SITE_PAGE, IN_PAGE)
    await expect(playground.root.getByRole('link', { name: 'Open this lesson in its own tab' })).toHaveAttribute(
      'href',
      new URL('?lesson=first-steps', baseURL).href,
    )
  })

  test('on a page of another site, in the walkthroughs’ Chromium (which denies such a frame its storage), lesson one runs in the frame', async ({
    page,
  }) => {
    await runLessonOneInFrame(page, CROSS_SITE_PAGE, IN_PAGE)
  })

  for (const [cookies, status] of [
    ['allowed', WITH_WORKER],
    ['blocked', IN_PAGE],
  ] as const) {
    test(`on a page of another site, with third-party cookies ${cookies} in the browser’s settings, lesson one runs in the frame`, async () => {
      const { context, close } = await launchWithThirdPartyCookies(cookies, VIEWPORT)
      try {
        const errors = collectPageErrors(context)
        const page = context.pages()[0] ?? (await context.newPage())
        await runLessonOneInFrame(page, CROSS_SITE_PAGE, status)
        expect(errors, 'errors on the page during the walkthrough').toEqual([])
      } finally {
        await close()
      }
    })
  }
})
