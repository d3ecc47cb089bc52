import { test as base, expect } from '@playwright/test'
import { PlaygroundPage } from './support/playground-page'

// Chromium reports every 4xx as "Failed to load resource"; in this playground those statuses
// are the lesson, not a fault. Anything else on the console fails the walkthrough.
const HTTP_STATUS_REPORT = /^Failed to load resource: the server responded with a status of \d{3}/
// On a page loaded right after another in the same tab, Chromium sometimes refuses the background
// registration.update() that msw starts (and does not await) with "Not found". Seen in about one
// run in two of the experiment walkthroughs, which reload a lesson several times a minute; the
// worker already controls the page and keeps answering, only that update check is skipped. (It
// may come prefixed, as an uncaught rejection.)
const SERVICE_WORKER_UPDATE_RACE =
  /Failed to update a ServiceWorker for scope \('[^']+'\) with script \('[^']+\/playground-worker\.js'\): Not found$/

export const test = base.extend<{ playground: PlaygroundPage; consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' && !HTTP_STATUS_REPORT.test(text) && !SERVICE_WORKER_UPDATE_RACE.test(text)) {
          errors.push(text)
        }
      })
      // msw does not await that update, so its refusal also arrives as an uncaught rejection.
      page.on('pageerror', (error) => {
        if (!SERVICE_WORKER_UPDATE_RACE.test(error.message)) errors.push(error.message)
      })
      await use(errors)
      expect(errors, 'console errors during the walkthrough').toEqual([])
    },
    { auto: true },
  ],
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page))
  },
})

export { expect }
