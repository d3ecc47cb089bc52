// The three states of a lesson every accessibility check scans with axe: the lesson loaded, the
// Authorize dialog open (its scopes ticked by keyboard, where it has any), and the answer to an
// Execute with its exchange open in the traffic panel. The experiments' replay visits them in the
// page it already opened for the lesson; accessibility.spec.ts tours the page in other views.
import { expect, type Page } from '@playwright/test'
import type { ExperimentStep } from '../../src/lessons/experiment'
import type { Lesson } from '../../src/lessons/lesson'
import { scanWholePage } from './axe-scan'
import type { PlaygroundPage } from './playground-page'

export type ExecuteStep = Extract<ExperimentStep, { action: 'execute' }>

export interface LessonTour {
  /** The lesson's first experiment step that executes a GET operation: the Execute to scan after. */
  readonly execute: ExecuteStep
  /** Whether the Authorize dialog offers scopes to tick. */
  readonly scopes: boolean
}

/** Read from the lesson's own experiments, so that a new lesson is toured with no list to update. */
export function tourOf(lesson: Lesson): LessonTour {
  const steps = lesson.experiments.flatMap((experiment) => experiment.steps)
  const execute = steps.find((step): step is ExecuteStep => step.action === 'execute' && step.method === 'GET')
  if (!execute) throw new Error(`The lesson ${lesson.id} has no experiment that executes a GET operation to tour.`)
  const scopes = steps.some(
    (step) => (step.action === 'authorize' || step.action === 'authorize-code') && (step.scopes?.length ?? 0) > 0,
  )
  return { execute, scopes }
}

/** The page as loaded, once the toured operation is drawn. */
export async function scanLoaded(page: Page, playground: PlaygroundPage, tour: LessonTour): Promise<string[]> {
  await expect(playground.operation('GET', tour.execute.path)).toBeVisible()
  return scanWholePage(page, 'loaded')
}

/**
 * Opens the Authorize dialog, ticks every scope by keyboard (which Swagger UI's own checkboxes and
 * "select all" did not allow), scans, then unticks them again and closes the dialog without
 * authorizing: the page is left as it was, for a replay that goes on in it.
 */
export async function scanAuthorizationDialog(
  page: Page,
  playground: PlaygroundPage,
  tour: LessonTour,
): Promise<string[]> {
  await playground.openAuthorizationDialog()
  const dialog = playground.authorizationDialog
  await expect(dialog.getByRole('heading', { name: 'Available authorizations' })).toBeVisible()
  const scopes = dialog.getByRole('checkbox')
  if (tour.scopes) {
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
  const found = await scanWholePage(page, tour.scopes ? 'Authorize dialog, scopes ticked' : 'Authorize dialog')
  if (tour.scopes) {
    for (const none of await dialog.getByRole('button', { name: 'select none' }).all()) await none.press('Enter')
    for (const each of await scopes.all()) await expect(each).not.toBeChecked()
  }
  // One Close per scheme's part of the dialog; any of them closes it.
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click()
  await expect(dialog).toHaveCount(0)
  return found
}

/** After the toured Execute has its answer: opens its exchange and scans Swagger UI's answer with it. */
export async function scanAfterExecute(page: Page, playground: PlaygroundPage, tour: LessonTour): Promise<string[]> {
  const exchange = playground.traffic.getByRole('option', {
    name: new RegExp(`^#\\d+ GET ${escape(tour.execute.path)} `),
  })
  await exchange.first().click()
  await expect(playground.traffic.getByRole('heading', { name: 'Request', exact: true })).toBeVisible()
  return scanWholePage(page, 'after Execute, its exchange open')
}

/** The three states in a row, on a page with nothing done yet; returns every violation found. */
export async function scanLessonStates(page: Page, playground: PlaygroundPage, tour: LessonTour): Promise<string[]> {
  const found = await scanLoaded(page, playground, tour)
  found.push(...(await scanAuthorizationDialog(page, playground, tour)))
  const response = await playground.execute('GET', tour.execute.path)
  await expect(response.status).toHaveText(/^\d{3}\b/)
  found.push(...(await scanAfterExecute(page, playground, tour)))
  return found
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
