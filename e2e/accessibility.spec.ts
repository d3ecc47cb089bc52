import { expect, test } from './fixtures'
import { scanLessonStates, tourOf } from './support/accessibility-tour'
import { lessons } from '../src/lessons/lesson-registry'
import type { Lesson } from '../src/lessons/lesson'

// axe's default rules over the whole page, Swagger UI's own markup included, in each state a
// learner passes through (e2e/support/accessibility-tour.ts), listing what every state found, so
// that one run shows all that is left to fix. Every lesson's own page is toured in the page its
// experiments replay opens (experiments.spec.ts), so that it is loaded once for both; here, the
// views a lesson's link does not open: the embed, a mistake, a switch, a narrow screen.

function lessonWithId(id: string): Lesson {
  const lesson = lessons.find((each) => each.id === id)
  if (!lesson) throw new Error(`No lesson ${id} in src/lessons/lesson-registry.ts`)
  return lesson
}

test.describe('The whole page, Swagger UI included, passes axe in every state', () => {
  // Three whole-page scans of a few seconds each, more when the shared machine is busy.
  test.describe.configure({ timeout: 150_000 })

  test('the embed view', async ({ page, playground }) => {
    await page.goto('./?lesson=first-steps&view=embed')
    await playground.waitUntilReady()
    expect(await scanLessonStates(page, playground, tourOf(lessonWithId('first-steps')))).toEqual([])
  })

  test('a mistake switched on, answering as FastAPI 0.92', async ({ page, playground }) => {
    await page.goto('./?lesson=simple-oauth2&mistake=token-key&fastapi=0.92')
    await playground.waitUntilReady()
    expect(await scanLessonStates(page, playground, tourOf(lessonWithId('simple-oauth2')))).toEqual([])
  })

  test('a switch that runs main_spec_exact.py on, with its diff of main.py open', async ({ page, playground }) => {
    const lesson = lessonWithId('simple-oauth2')
    await playground.open(lesson.id)
    await page.getByRole('checkbox', { name: lesson.switches[0]?.label ?? '' }).check()
    await playground.waitUntilReady()
    const diff = page.getByRole('figure', { name: 'main_spec_exact.py compared with main.py' })
    await diff.getByText('The whole main_spec_exact.py').click()
    await expect(diff.locator('details pre')).toBeVisible()
    expect(await scanLessonStates(page, playground, tourOf(lesson))).toEqual([])
  })

  test.describe('on a narrow screen (700×900)', () => {
    test.use({ viewport: { width: 700, height: 900 } })

    test('oauth2-scopes, the lesson with the most to show', async ({ page, playground }) => {
      await playground.open('oauth2-scopes')
      expect(await scanLessonStates(page, playground, tourOf(lessonWithId('oauth2-scopes')))).toEqual([])
    })
  })
})
