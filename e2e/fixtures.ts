import { test as base, expect } from '@playwright/test'
import { isMswMessage, isWorkerUpdateRefusal } from '../src/server/msw/testing/console-messages'
import { PlaygroundPage } from './support/playground-page'

// Chromium reports every 4xx as "Failed to load resource"; in this playground those statuses
// are the lesson, not a fault. Anything else on the console fails the walkthrough.
const HTTP_STATUS_REPORT = /^Failed to load resource: the server responded with a status of \d{3}/

export const test = base.extend<{ playground: PlaygroundPage; consoleErrors: string[]; mswMessages: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' && !HTTP_STATUS_REPORT.test(text) && !isWorkerUpdateRefusal(text)) {
          errors.push(text)
        }
      })
      // msw does not await that update, so its refusal also arrives as an uncaught rejection.
      page.on('pageerror', (error) => {
        if (!isWorkerUpdateRefusal(error.message)) errors.push(error.message)
      })
      await use(errors)
      expect(errors, 'console errors during the walkthrough').toEqual([])
    },
    { auto: true },
  ],
  // Whatever msw says, warning or error, from any page or from its service worker, is a fault: a
  // request it had no handler for, a worker of another msw release, a failed store. No exceptions.
  mswMessages: [
    async ({ context }, use) => {
      const messages: string[] = []
      context.on('console', (message) => {
        const text = message.text()
        if (isMswMessage(text)) messages.push(`${message.type()}: ${text}`)
      })
      await use(messages)
      expect(messages, 'msw’s console messages during the walkthrough').toEqual([])
    },
    { auto: true },
  ],
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page))
  },
})

export { expect }
