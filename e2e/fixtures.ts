import { test as base, expect } from '@playwright/test'
import { PlaygroundPage } from './support/playground-page'

// Chromium reports every 4xx as "Failed to load resource"; in this playground those statuses
// are the lesson, not a fault. Anything else on the console fails the walkthrough.
const HTTP_STATUS_REPORT = /^Failed to load resource: the server responded with a status of \d{3}/

export const test = base.extend<{ playground: PlaygroundPage; consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' && !HTTP_STATUS_REPORT.test(message.text())) errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
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
