import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { scanWholePage } from './support/axe-scan'
import { lessons } from '../src/lessons/lesson-registry'
import type { PlaygroundPage } from './support/playground-page'
import type { ExperimentStep } from '../src/lessons/experiment'
import type { Lesson } from '../src/lessons/lesson'

// axe's default rules over the whole page, Swagger UI's own markup included, in each state a
// learner passes through. One test per lesson walks the states in order and lists what every
// state found, so that one run shows all that is left to fix.

interface LessonTour {
  /** A GET operation of the lesson's OpenAPI document, to Try out and Execute. */
  readonly path: string
  /** Whether the Authorize dialog offers scopes to tick. */
  readonly scopes: boolean
}

/** Read from the lesson's own experiments, so that a new lesson is toured with no list to update. */
function tourOf(lesson: Lesson): LessonTour {
  const steps = lesson.experiments.flatMap((experiment) => experiment.steps)
  const execute = steps.find(
    (step): step is Extract<ExperimentStep, { action: 'execute' }> =>
      step.action === 'execute' && step.method === 'GET',
  )
  if (!execute) throw new Error(`The lesson ${lesson.id} has no experiment that executes a GET operation to tour.`)
  const scopes = steps.some(
    (step) => (step.action === 'authorize' || step.action === 'authorize-code') && (step.scopes?.length ?? 0) > 0,
  )
  return { path: execute.path, scopes }
}

/** Walks the states and returns every violation found in them. */
async function scanLessonStates(page: Page, playground: PlaygroundPage, tour: LessonTour): Promise<string[]> {
  await expect(playground.operation('GET', tour.path)).toBeVisible()
  const found = await scanWholePage(page, 'loaded')

  await playground.openAuthorizationDialog()
  const dialog = playground.authorizationDialog
  await expect(dialog.getByRole('heading', { name: 'Available authorizations' })).toBeVisible()
  const scopes = dialog.getByRole('checkbox')
  if (tour.scopes) {
    // By keyboard, which Swagger UI's own checkboxes and "select all" did not allow.
    const scope = scopes.first()
    await scope.focus()
    await page.keyboard.press('Space')
    await expect(scope).toBeChecked()
    // One set of boxes, and of these buttons, per scheme that has scopes.
    await dialog.getByRole('button', { name: 'select none' }).first().press('Enter')
    await expect(scope).not.toBeChecked()
    for (const all of await dialog.getByRole('button', { name: 'select all' }).all()) await all.press(' ')
    for (const each of await scopes.all()) await expect(each).toBeChecked()
  } else {
    await expect(scopes).toHaveCount(0)
  }
  found.push(...(await scanWholePage(page, tour.scopes ? 'Authorize dialog, scopes ticked' : 'Authorize dialog')))
  // One Close per scheme's part of the dialog; any of them closes it.
  const close = dialog.getByRole('button', { name: 'Close', exact: true }).first()
  await close.click()
  await expect(dialog).toHaveCount(0)

  // Swagger UI's answer and the exchange's detail, scanned together.
  const response = await playground.execute('GET', tour.path)
  await expect(response.status).toHaveText(/^\d{3}\b/)

  const exchange = playground.traffic.getByRole('option', { name: new RegExp(`^#\\d+ GET ${escape(tour.path)} `) })
  await exchange.first().click()
  await expect(playground.traffic.getByRole('heading', { name: 'Request', exact: true })).toBeVisible()
  found.push(...(await scanWholePage(page, 'after Execute, its exchange open')))
  return found
}

function lessonWithId(id: string): Lesson {
  const lesson = lessons.find((each) => each.id === id)
  if (!lesson) throw new Error(`No lesson ${id} in src/lessons/lesson-registry.ts`)
  return lesson
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

test.describe('The whole page, Swagger UI included, passes axe in every state', () => {
  // Three whole-page scans of a few seconds each, more when the shared machine is busy.
  test.describe.configure({ timeout: 150_000 })

  for (const lesson of lessons) {
    test(`${lesson.id}: loaded, Authorize dialog, after Execute with its exchange open`, async ({
      page,
      playground,
    }) => {
      await playground.open(lesson.id)
      expect(await scanLessonStates(page, playground, tourOf(lesson))).toEqual([])
    })
  }

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
