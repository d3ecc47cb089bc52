import { lessons } from '../src/lessons/lesson-registry'
import { expect, test } from './fixtures'
import { performStep } from './support/experiment-steps'

// Every experiment of every lesson, replayed from the definitions the page renders: if a lesson's
// instructions stop producing the traffic its observation expects, this fails.
test.describe('Guided experiments', () => {
  for (const lesson of lessons) {
    test(`${lesson.title}: each experiment ticks itself when done as written`, async ({ playground, page }) => {
      // One fresh lesson per experiment; logins in lessons 4 and 5 run Argon2 in the page.
      test.setTimeout(40_000 * lesson.experiments.length)
      for (const experiment of lesson.experiments) {
        await test.step(experiment.id, async () => {
          await playground.openExperiment(lesson.id, experiment.id)
          const item = playground.experiment(experiment.title)
          await expect(item).toHaveAttribute('aria-current', 'step')
          await expect(item).toHaveAccessibleName(`${experiment.title}: not done`)
          for (const step of experiment.steps) await performStep(playground, lesson, step)
          await expect(item).toHaveAccessibleName(`${experiment.title}: done`)
        })
      }
      await page.reload()
      await playground.waitUntilReady()
      for (const experiment of lesson.experiments) {
        await expect(playground.experiment(experiment.title)).toHaveAccessibleName(`${experiment.title}: done`)
      }
      const count = lesson.experiments.length
      await expect(page.getByRole('navigation', { name: 'Lessons' })).toContainText(
        `${count} of ${count} experiments done`,
      )
    })
  }

  test('progress is per lesson, survives a reload, and the reset control clears it', async ({ playground, page }) => {
    const nav = page.getByRole('navigation', { name: 'Lessons' })
    await playground.open('first-steps')
    const noToken = playground.experiment('Call the API without a token')
    await playground.execute('GET', '/items/')
    await expect(noToken).toHaveAccessibleName('Call the API without a token: done')
    await expect(nav.getByRole('listitem').first()).toContainText('1 of 5 experiments done')
    await expect(nav.getByRole('listitem').nth(1)).toContainText('0 of 5 experiments done')

    await page.reload()
    await playground.waitUntilReady()
    await expect(noToken).toHaveAccessibleName('Call the API without a token: done')
    const stored = await page.evaluate(() => localStorage.getItem('bearer-playground:progress:v1'))
    expect(stored).toBe('{"first-steps":["no-token"]}')

    await nav.getByRole('button', { name: 'Reset progress' }).click()
    await expect(noToken).toHaveAccessibleName('Call the API without a token: not done')
    await expect(nav.getByRole('listitem').first()).toContainText('0 of 5 experiments done')
  })

  test('with storage denied, as in a third-party frame, the mock runs and progress is kept for the page', async ({
    playground,
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError')
        },
      })
    })
    await playground.open('first-steps')
    await expect(page.getByText(/does not let the page store anything here/)).toBeVisible()
    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^401\b/)
    await expect(playground.experiment('Call the API without a token')).toHaveAccessibleName(
      'Call the API without a token: done',
    )
  })
})
