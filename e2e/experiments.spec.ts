import { LESSON_IDS } from '../src/lessons/lesson'
import { expect, test } from './fixtures'
import { performStep } from './support/experiment-steps'
import { LESSONS } from './support/lessons'

// Every experiment of every lesson, replayed from the definitions the page renders: if a lesson's
// instructions stop producing the traffic its observation expects, this fails.
test.describe('Guided experiments', () => {
  test('cover every lesson', () => {
    expect(LESSONS.map((lesson) => lesson.id)).toEqual([...LESSON_IDS])
  })

  for (const lesson of LESSONS) {
    test(`${lesson.title}: each experiment ticks itself when done as written`, async ({ playground }) => {
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
    })
  }
})
