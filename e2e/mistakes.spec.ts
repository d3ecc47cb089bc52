import type { Page } from '@playwright/test'
import type { Lesson } from '../src/lessons/lesson'
import type { LessonMistake } from '../src/lessons/mistake'
import { expect, test } from './fixtures'
import { performStep } from './support/experiment-steps'
import { lessons } from '../src/lessons/lesson-registry'
import type { PlaygroundPage } from './support/playground-page'

/** What each mistake looks like beyond its own experiment, checked as a learner would see it. */
const SEEN: Readonly<Record<string, (playground: PlaygroundPage, page: Page) => Promise<void>>> = {
  'absolute-token-url': async (playground, page) => {
    // The same login, watched from the page: it leaves for the host's root, not the app's folder.
    const login = page.waitForRequest((request) => request.method() === 'POST')
    await playground.logOutOfEverything()
    await playground.authorize('johndoe', 'secret')
    expect((await login).url()).toBe(new URL('/token', page.url()).href)
    await expect(playground.authorizationDialog.getByText(/Error/).first()).toBeVisible()
    await playground.closeDialog()
    await expect(
      playground.traffic.getByRole('option', { name: /^#\d+ POST http:\/\/[^/]+\/token 404/ }).first(),
    ).toBeVisible()
  },
  'json-login': async (playground) => {
    await expect(playground.traffic.getByRole('option', { name: /^#\d+ POST \/token 422/ }).first()).toBeVisible()
  },
  'no-multipart': async (playground) => {
    await expect(playground.docs.getByText(/Failed to fetch/).first()).toBeVisible()
    await expect(
      playground.traffic.getByRole('option', { name: /^#\d+ GET \/users\/me no answer/ }).first(),
    ).toBeVisible()
  },
  'scope-padlocks': async (playground) => {
    await playground.traffic
      .getByRole('option', { name: /^#\d+ GET \/users\/me\/items\/ 401/ })
      .first()
      .click()
    const table = playground.traffic.getByRole('table', { name: /What this token’s scopes cover \(me\)/ })
    await expect(table.getByRole('row', { name: /GET \/users\/me\/items\/ items, me lacks items/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /GET \/users\/me\/ me covered/ })).toBeVisible()
  },
  'http-bearer': async (playground) => {
    await playground.logOutOfEverything()
    await playground.openAuthorizationDialog()
    await expect(playground.bearerValueBox).toBeVisible()
    await expect(playground.authorizationDialog.getByRole('textbox', { name: 'username:' })).toHaveCount(0)
    await playground.closeDialog()
  },
}

const withMistakes = lessons.filter((lesson) => lesson.mistakes.length > 0)

test.describe('Mistakes, switched on by URL', () => {
  // With the mistake on, the page is about it: its card, and "Jump to" leads to its experiment. The
  // lesson's experiments the faulty app cannot show say so, and every other one, replayed in page
  // order, still ticks (the mistake's `rulesOut` is no guess); a mistake that leaves main.py as it is
  // runs the tutorial's own app, which experiments.spec.ts already replays in order. Then, in the
  // same page, the mistake's own experiment ticks when done as written, and the mistake switches off.
  for (const lesson of withMistakes) {
    for (const mistake of lesson.mistakes) {
      const ruledOut = lesson.experiments.filter((experiment) => mistake.rulesOut.includes(experiment.id))
      const available =
        mistake.edits.length === 0
          ? []
          : lesson.experiments.filter((experiment) => !mistake.rulesOut.includes(experiment.id))
      test(`${lesson.title}: ${mistake.title}, with ${ruledOut.length} experiments marked and ${available.length} replayed`, async ({
        playground,
        page,
        consoleErrors,
      }) => {
        test.setTimeout(60_000 + 40_000 * available.length)
        const starts = mistake.id !== 'no-multipart'
        await playground.openMistake(lesson.id, mistake.id, { docs: starts })
        await expectCard(page, mistake)
        await page.getByRole('button', { name: 'Jump to See it happen' }).click()
        await expect(page.getByRole('heading', { name: 'See it happen' })).toBeInViewport()
        for (const experiment of ruledOut) {
          const item = playground.experiment(experiment.title)
          await expect(item).toHaveAccessibleName(`${experiment.title}: not with this mistake on`)
          await expect(item.getByRole('link', { name: 'Open the lesson without the mistake' })).toBeVisible()
        }

        for (const experiment of available) {
          await test.step(experiment.id, async () => {
            const item = playground.experiment(experiment.title)
            await expect(item).toHaveAccessibleName(`${experiment.title}: not done`)
            for (const step of experiment.steps) await performStep(playground, lesson, step)
            await expect(item).toHaveAccessibleName(`${experiment.title}: done`)
          })
        }

        await test.step(mistake.experiment.id, async () => {
          const item = page
            .getByRole('region', { name: /^Mistake switched on/ })
            .getByRole('listitem', { name: new RegExp(`^${escapeRegExp(mistake.experiment.title)}: `) })
          await expect(item).toHaveAccessibleName(`${mistake.experiment.title}: not done`)
          for (const step of mistake.experiment.steps) await performStep(playground, lesson, step)
          await expect(item).toHaveAccessibleName(`${mistake.experiment.title}: done`)
          await SEEN[mistake.id]?.(playground, page)
        })
        await expectOffOnAFreshLoad(playground, page, lesson, mistake)
        // Chromium logs each request that got no answer at all; for an app that never started, that is the lesson.
        if (!starts) dropAll(consoleErrors, /^Failed to load resource: net::ERR_FAILED$/)
      })
    }
  }

  test('persistAuthorization keeps the token across a reload, and switching it off forgets it', async ({
    playground,
    page,
  }) => {
    await playground.openMistake('simple-oauth2', 'persist-authorization')
    // Reloaded only once the token is in, or there is nothing to persist yet.
    await expect((await playground.authorize('johndoe', 'secret')).getByText('Authorized')).toBeVisible()
    await playground.closeDialog()
    await page.reload()
    await playground.waitUntilReady()
    await expect(playground.docs.getByRole('button', { name: 'Authorize', exact: false }).first()).toBeVisible()
    const kept = await playground.execute('GET', '/users/me')
    await expect(kept.status).toHaveText(/^200/)

    await page.goto('./?lesson=simple-oauth2')
    await playground.waitUntilReady()
    expect(await page.evaluate(() => window.localStorage.getItem('authorized'))).toBeNull()
    const forgotten = await playground.execute('GET', '/users/me')
    await expect(forgotten.status).toHaveText(/^401/)
  })

  test('a mistake another lesson does not have is named and ignored', async ({ playground, page }) => {
    await page.goto('./?lesson=first-steps&mistake=json-login')
    await playground.waitUntilReady()
    await expect(page.getByRole('alert').filter({ hasText: 'There is no mistake called “json-login”' })).toBeVisible()
    await expect(page.getByRole('region', { name: /Mistake switched on/ })).toHaveCount(0)
  })
})

async function expectCard(page: Page, mistake: LessonMistake): Promise<void> {
  const card = page.getByRole('region', { name: `Mistake switched on: ${mistake.title}` })
  await expect(card).toBeVisible()
  if (mistake.edits.length > 0) {
    const diff = card.getByLabel('main.py with the mistake, compared with the tutorial’s')
    await expect(diff).toContainText(mistake.edits[0]?.replace.split('\n')[0] ?? '')
  } else {
    await expect(card).toContainText('main.py is the tutorial’s own')
  }
  await expect(card.getByRole('link', { name: /#\d+/ }).first()).toBeVisible()
}

/** The "Break it on purpose" list says it was seen; the same lesson without the parameter is the tutorial's. */
async function expectOffOnAFreshLoad(
  playground: PlaygroundPage,
  page: Page,
  lesson: Lesson,
  mistake: LessonMistake,
): Promise<void> {
  await page.getByRole('link', { name: 'Switch the mistake off' }).click()
  await playground.waitUntilReady()
  await expect(page.getByRole('region', { name: /Mistake switched on/ })).toHaveCount(0)
  const list = page.getByRole('region', { name: 'Break it on purpose' })
  await expect(list.getByRole('listitem').filter({ hasText: mistake.title })).toContainText('seen')
  expect(new URL(page.url()).searchParams.get('lesson')).toBe(lesson.id)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function dropAll(errors: string[], expected: RegExp): void {
  for (let index = errors.length - 1; index >= 0; index--) {
    if (expected.test(errors[index] ?? '')) errors.splice(index, 1)
  }
}
