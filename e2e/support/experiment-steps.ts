// Replays an experiment's steps as a learner would click them: each step of the shared
// definitions maps to the page object's Swagger UI actions or to the traffic panel's controls.
import { expect, type Page, type Request } from '@playwright/test'
import type { ExperimentStep } from '../../src/lessons/experiment'
import type { Lesson } from '../../src/lessons/lesson'
import type { PlaygroundPage } from './playground-page'

export async function performStep(playground: PlaygroundPage, lesson: Lesson, step: ExperimentStep): Promise<void> {
  const { page, root } = playground
  switch (step.action) {
    case 'switch': {
      const label = lesson.switches.find((candidate) => candidate.id === step.switchId)?.label
      if (!label) throw new Error(`${lesson.id} has no switch ${step.switchId}`)
      await root.getByRole('checkbox', { name: label }).check()
      await playground.waitUntilReady()
      return
    }
    case 'authorize': {
      const answered = page.waitForResponse((response) => response.request().method() === 'POST')
      const dialog = await playground.authorize(step.username, step.password, { scopes: step.scopes })
      await answered
      await expect(dialog.getByText(/Authorized|Error:/).first()).toBeVisible()
      await playground.closeDialog()
      return
    }
    case 'authorize-code': {
      // The token request goes from the page once the popup has closed.
      const exchanged = page.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().endsWith('/openid-connect/token'),
      )
      const scheme = await playground.authorizeWithCode(step)
      await exchanged
      await expect(
        scheme
          .getByRole('button', { name: 'Remove authorization' })
          .or(scheme.getByText(/Error|error/))
          .first(),
      ).toBeVisible()
      await playground.closeDialog()
      return
    }
    case 'resend':
      await playground.sendAgain(step.method, step.path)
      return
    case 'logout':
      await playground.logOutOfEverything()
      return
    case 'authorize-basic':
      await playground.authorizeBasic(step.username, step.password)
      await playground.closeDialog()
      return
    case 'authorize-bearer':
      await playground.authorizeBearer(step.token)
      await playground.closeDialog()
      return
    case 'authorize-api-key':
      await playground.authorizeApiKey(step.scheme, step.key)
      await playground.closeDialog()
      return
    case 'reload':
      await page.reload()
      await playground.waitUntilReady()
      return
    case 'execute': {
      const answered = answerTo(page, step.method, step.path)
      const response = await playground.execute(step.method, step.path)
      await answered
      await expect(response.status).toHaveText(/^\d{3}\b/)
      return
    }
    case 'execute-form': {
      const answered = answerTo(page, step.method, step.path)
      const response = await playground.executeForm(step.method, step.path, step.fields)
      await answered
      await expect(response.status).toHaveText(/^\d{3}\b/)
      return
    }
    case 'send':
      await playground.sendFromPanel(step)
      return
    case 'tamper':
      await playground.tamperAndResend(step.path, step.change)
      return
    case 'refresh':
      await playground.refreshFrom(step.from)
      return
    case 'clock':
      await playground.moveClockForward(step.minutes)
      return
  }
}

/**
 * The answer to this Execute, or its failure (an app that never started answers nothing). An
 * operation executed before still shows its earlier answer until the new one arrives (a login
 * hashing its password takes seconds): the status alone would let the next step run first.
 */
function answerTo(page: Page, method: string, path: string): Promise<unknown> {
  const matches = (request: Request) => request.method() === method && new URL(request.url()).pathname.endsWith(path)
  const options = { timeout: 60_000 }
  const answered = page.waitForResponse((response) => matches(response.request()), options)
  const failed = page.waitForEvent('requestfailed', { predicate: matches, ...options })
  // Whichever comes first; the other is left to time out unheard.
  return Promise.race([answered, failed]).finally(() => {
    answered.catch(() => undefined)
    failed.catch(() => undefined)
  })
}
