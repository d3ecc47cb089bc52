// Lessons with the mock inside the page (`&mock=in-page`, what a frame the browser refuses a service
// worker gets): the experiments, replayed as the page writes them, tick as they do with the worker,
// so the traffic panel, the cookie jar and the stand-in's answers work the same way. The stand-in
// is the same code in both modes; only the way requests reach it differs. So these lessons are the
// ones whose experiments, together, use every way a request leaves the page (see IN_PAGE_TOUR).
import type { ExperimentStep } from '../src/lessons/experiment'
import type { Lesson } from '../src/lessons/lesson'
import { lessons } from '../src/lessons/lesson-registry'
import { expect, test } from './fixtures'
import { performStep } from './support/experiment-steps'
import type { PlaygroundPage } from './support/playground-page'

/**
 * As performStep, except that an Execute or an Authorize waits for the traffic panel's new row:
 * answered inside the page, the request never reaches the browser's network, where performStep
 * waits for it.
 */
async function performInPage(playground: PlaygroundPage, lesson: Lesson, step: ExperimentStep): Promise<void> {
  if (step.action === 'authorize') {
    const posts = playground.traffic.getByRole('option', { name: /^#\d+ POST .* \d{3}\b/ })
    const before = await posts.count()
    const dialog = await playground.authorize(step.username, step.password, { scopes: step.scopes })
    await expect(posts).toHaveCount(before + 1, { timeout: 60_000 })
    await expect(dialog.getByText(/Authorized|Error:/).first()).toBeVisible()
    await playground.closeDialog()
    return
  }
  if (step.action !== 'execute' && step.action !== 'execute-form') {
    await performStep(playground, lesson, step)
    return
  }
  const rows = playground.traffic.getByRole('option', {
    name: new RegExp(`^#\\d+ ${step.method} ${step.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d{3}\\b`),
  })
  const before = await rows.count()
  const response =
    step.action === 'execute'
      ? await playground.execute(step.method, step.path)
      : await playground.executeForm(step.method, step.path, step.fields)
  // A login hashes its password for seconds on a busy machine.
  await expect(rows).toHaveCount(before + 1, { timeout: 60_000 })
  await expect(response.status).toHaveText(/^\d{3}\b/)
}

/**
 * first-steps: Try it out, the panel's Send form and a redirect (the trailing slash); oauth2-scopes:
 * the password form in Authorize with scopes, a JWT, Tamper and resend, the lesson clock, a switch;
 * cookie-auth: the cookie jar, with Set-Cookie read from an in-page answer; refresh-and-logout:
 * Refresh with this token, several in a row against a stateful app, each chosen from the list as
 * the one before it left it.
 */
const IN_PAGE_TOUR: readonly string[] = ['first-steps', 'oauth2-scopes', 'cookie-auth', 'refresh-and-logout']

test('the lessons toured in the page use every kind of experiment step but the identity provider’s popup', () => {
  const used = new Set(
    lessons
      .filter((lesson) => IN_PAGE_TOUR.includes(lesson.id))
      .flatMap((lesson) => lesson.experiments.flatMap((experiment) => experiment.steps.map((step) => step.action))),
  )
  // Not the experiments that log in through the identity provider's popup, which needs the worker.
  const everyKind = new Set(
    lessons
      .flatMap((lesson) => lesson.experiments)
      .filter((experiment) => !experiment.steps.some((step) => step.action === 'authorize-code'))
      .flatMap((experiment) => experiment.steps.map((step) => step.action)),
  )
  // Credentials typed into Authorize without a login request never leave the page by themselves.
  for (const local of ['authorize-basic', 'authorize-bearer', 'authorize-api-key', 'logout', 'reload'] as const) {
    everyKind.delete(local)
  }
  expect([...everyKind].filter((kind) => !used.has(kind))).toEqual([])
})

test.describe('Mock in the page', () => {
  for (const lesson of lessons.filter((each) => IN_PAGE_TOUR.includes(each.id))) {
    // The identity provider's login page opens in a popup, a page load only the worker can answer
    // (the page says so, see mock-status.spec.ts): experiments that log in there need the worker.
    const replayable = lesson.experiments.filter(
      (experiment) => !experiment.steps.some((step) => step.action === 'authorize-code'),
    )
    const [first] = replayable
    if (!first) continue
    test(`${lesson.title}: its experiments tick with the mock in the page`, async ({ page, playground }) => {
      test.setTimeout(40_000 * replayable.length)
      await page.goto(`./?lesson=${lesson.id}&try=${first.id}&mock=in-page`)
      await playground.waitUntilReady()
      await expect(page.getByRole('status').filter({ hasText: 'Mock API ready' })).toContainText('in this page')
      for (const experiment of replayable) {
        await test.step(experiment.id, async () => {
          for (const step of experiment.steps) await performInPage(playground, lesson, step)
          await expect(playground.experiment(experiment.title)).toHaveAccessibleName(`${experiment.title}: done`)
        })
      }
    })
  }
})
