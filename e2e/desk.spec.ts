import type { Locator, Page } from '@playwright/test'
import { lessons } from '../src/lessons/lesson-registry'
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './support/playground-page'

// The learner's desk: room for the docs on the first screen, each lesson its own place, and an
// embedded lesson that opens where the learner acts.

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`${locator.toString()} has no box`)
  return found
}

/** Swagger UI's first operation, by the name its summary button reads: "GET /items/ Read Items". */
function firstOperation(playground: PlaygroundPage): Locator {
  return playground.docs.getByRole('button', { name: /^(GET|POST|PUT|PATCH|DELETE) \// }).first()
}

/** The lesson column (Swagger UI draws its schemas as articles too). */
function lessonColumn(page: Page): Locator {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) })
}

/** The scroll position of the lesson column's text. */
async function lessonScrollTop(page: Page): Promise<number> {
  return lessonColumn(page).evaluate((article) => article.scrollTop)
}

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const) {
  test.describe(`At ${width}×${height}`, () => {
    test.use({ viewport: { width, height } })

    // One page for every lesson, as a learner moving through them; each load is a fresh first screen.
    test('every lesson opens with Swagger UI’s first operation in view, in a docs pane at least 480 px tall', async ({
      playground,
    }) => {
      test.setTimeout(15_000 * lessons.length)
      for (const lesson of lessons) {
        await test.step(lesson.id, async () => {
          await playground.open(lesson.id)
          await expect(playground.lessonHeading).toHaveText(lesson.title)
          const operation = firstOperation(playground)
          await expect(operation).toBeInViewport({ ratio: 1 })
          const docs = await box(playground.docs)
          expect(docs.height).toBeGreaterThanOrEqual(480)
          // Above the dock, without scrolling the docs.
          const summary = await box(operation)
          expect(summary.y + summary.height).toBeLessThanOrEqual((await box(playground.traffic)).y)
          expect(await playground.docs.evaluate((pane) => pane.scrollTop)).toBe(0)
          // The bar of the docs is one row: the mock's status beside its two buttons.
          const ownServer = await box(playground.docs.getByRole('button', { name: 'Your own server' }))
          const status = await box(playground.docs.getByRole('status').filter({ hasText: 'Mock API ready' }))
          expect(Math.abs(ownServer.y + ownServer.height / 2 - (status.y + status.height / 2))).toBeLessThan(8)
        })
      }
    })
  })
}

test.describe('Each lesson is its own place (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('a lesson opened from the bottom of another starts at its top, with its own traffic and an empty Send form', async ({
    page,
    playground,
  }) => {
    const [first, , third] = lessons
    if (!first || !third) throw new Error('the registry lists fewer than three lessons')
    await playground.open(first.id)
    const traffic = playground.traffic
    const article = lessonColumn(page)
    await article.hover()
    await page.mouse.wheel(0, 30_000)
    await expect.poll(() => lessonScrollTop(page)).toBeGreaterThan(1000)
    await expect(page.getByRole('heading', { name: 'Take it home' })).toBeInViewport()

    await playground.sendFromPanel({
      action: 'send',
      method: 'GET',
      path: '/items/',
      headers: { Authorization: 'Bearer from-lesson-one' },
    })
    await expect(playground.exchange('GET', '/items/', 200)).toHaveAttribute('aria-selected', 'true')
    await traffic.getByRole('searchbox', { name: 'Filter by path or status' }).fill('items')
    const lessonOneRows = await traffic.getByRole('option').count()

    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: third.title }).click()
    await expect(playground.lessonHeading).toHaveText(third.title)
    await playground.waitUntilReady()
    await expect(playground.lessonHeading).toBeInViewport()
    expect(await lessonScrollTop(page)).toBe(0)
    // The story starts with its introduction and its outline, every section closed.
    await expect(article.getByRole('heading', { level: 2 }).getByRole('button').first()).toBeInViewport()
    await expect(article.getByRole('button', { expanded: true })).toHaveCount(0)

    // None of lesson one's exchanges; a line says what became of them.
    await expect(traffic.getByRole('option', { name: /GET \/openapi\.json 200/ })).toHaveCount(1)
    await expect(traffic.getByRole('option', { name: /\/items\// })).toHaveCount(0)
    await expect(traffic.getByRole('option', { selected: true })).toHaveCount(0)
    await expect(traffic.getByText(`exchanges of “${first.title}” cleared`)).toBeVisible()
    expect(lessonOneRows).toBeGreaterThan(0)
    await expect(traffic.getByRole('searchbox', { name: 'Filter by path or status' })).toHaveValue('')

    // The Send form starts empty, and what was typed in lesson one is not sent from it.
    const sendToggle = traffic.getByRole('button', { name: 'Send a request' })
    await expect(sendToggle).toHaveAttribute('aria-expanded', 'false')
    await sendToggle.click()
    await expect(traffic.getByRole('textbox', { name: 'Path' })).toHaveValue('/')
    await expect(traffic.getByRole('textbox', { name: /^Headers/ })).toHaveValue('')
    await expect(traffic.getByRole('textbox', { name: /^Form body/ })).toHaveValue('')
    await traffic.getByRole('textbox', { name: 'Path' }).fill('/users/me')
    const request = page.waitForRequest((sent) => sent.url().endsWith('/users/me'))
    await traffic.getByRole('button', { name: 'Send', exact: true }).click()
    expect((await request).headers()).not.toHaveProperty('authorization')
    await expect(playground.exchange('GET', '/users/me', 401)).toHaveAttribute('aria-selected', 'true')

    // Back: lesson one again, at its top, with its own (fresh) traffic.
    await page.goBack()
    await expect(playground.lessonHeading).toHaveText(first.title)
    await playground.waitUntilReady()
    expect(await lessonScrollTop(page)).toBe(0)
    await expect(traffic.getByRole('option', { name: /\/users\/me/ })).toHaveCount(0)
    await expect(traffic.getByText(`exchanges of “${third.title}” cleared`)).toBeVisible()
  })

  test('a link to an experiment (&try=) still opens the lesson at that experiment', async ({ page, playground }) => {
    const [first, , lesson] = lessons
    const experiment = lesson?.experiments.at(-1)
    if (!first || !lesson || !experiment) throw new Error('no third lesson with experiments')
    await playground.open(first.id)
    await lessonColumn(page).hover()
    await page.mouse.wheel(0, 30_000)
    await playground.openExperiment(lesson.id, experiment.id)
    await expect(playground.experiment(experiment.title)).toBeInViewport()
    expect(await lessonScrollTop(page)).toBeGreaterThan(0)
  })
})

test.describe('The lesson text in sections', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('opens one section at a time, and Next leads through them to Try this', async ({ page, playground }) => {
    await playground.open('first-steps')
    const article = lessonColumn(page)
    const sections = article.getByRole('heading', { level: 2 }).getByRole('button')
    const first = sections.nth(0)
    const second = sections.nth(1)
    await expect(first).toHaveAttribute('aria-expanded', 'false')
    // Every section closed: "Try this" is a short scroll below the outline.
    const tryThis = article.getByRole('heading', { name: 'Try this', level: 2 })
    expect((await box(tryThis)).y - (await box(first)).y).toBeLessThan(1200)

    await first.click()
    await expect(first).toHaveAttribute('aria-expanded', 'true')
    await expect(article.getByText('creates an object that FastAPI can call')).toBeVisible()
    await expect(second).toHaveAttribute('aria-expanded', 'false')

    await article
      .getByRole('button', { name: /^Next: / })
      .first()
      .click()
    await expect(second).toHaveAttribute('aria-expanded', 'true')
    await expect(first).toHaveAttribute('aria-expanded', 'false')
    await expect(second).toBeFocused()
    await expect(second).toBeInViewport()

    // By keyboard: the heading's button closes its section.
    await second.press('Enter')
    await expect(second).toHaveAttribute('aria-expanded', 'false')
    await expect(article.getByRole('button', { expanded: true })).toHaveCount(0)

    const last = sections.last()
    await last.click()
    await article.getByRole('button', { name: 'Next: Try this' }).click()
    await expect(tryThis).toBeInViewport()
  })
})

test.describe('An embedded lesson at 800×600', () => {
  test.use({ viewport: { width: 800, height: 600 } })

  test('every lesson opens on the title, the first experiment and Authorize', async ({ page, playground }) => {
    test.setTimeout(15_000 * lessons.length)
    for (const lesson of lessons) {
      await test.step(lesson.id, async () => {
        await page.goto(`./?lesson=${lesson.id}&view=embed`)
        await playground.waitUntilReady()
        const first = lesson.experiments[0]
        if (!first) throw new Error(`${lesson.id} has no experiments`)
        await expect(playground.lessonHeading).toHaveText(lesson.title)
        await expect(playground.lessonHeading).toBeInViewport({ ratio: 1 })
        await expect(playground.experiment(first.title).getByRole('heading', { level: 3 })).toBeInViewport({
          ratio: 1,
        })
        await expect(playground.docs.getByRole('button', { name: 'Authorize', exact: true })).toBeInViewport({
          ratio: 1,
        })
      })
    }
  })
})

test.describe('On a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  test('the navigation is one line above the lesson; tapped, it lists the lessons, and one opened from it starts at its title', async ({
    page,
    playground,
  }) => {
    const [first, , third] = lessons
    if (!first || !third) throw new Error('the registry lists fewer than three lessons')
    await playground.open(first.id)
    const nav = page.getByRole('navigation', { name: 'Lessons' })
    const menu = (lesson: typeof first) =>
      nav.getByRole('button', {
        name: `Lessons: ${lesson.title}, 0 of ${lesson.experiments.length} experiments done`,
      })
    // Folded: the lesson on the page and its progress, one line, with the lesson's title under it.
    await expect(menu(first)).toHaveAttribute('aria-expanded', 'false')
    await expect(nav.getByRole('link')).toHaveCount(0)
    expect((await box(nav)).height).toBeLessThan(70)
    await expect(playground.lessonHeading).toBeInViewport({ ratio: 1 })
    expect((await box(playground.lessonHeading)).y).toBeLessThan(200)

    await menu(first).tap()
    await expect(menu(first)).toHaveAttribute('aria-expanded', 'true')
    await expect(nav.getByRole('link', { name: first.title })).toHaveAttribute('aria-current', 'page')
    // Escape folds it again and gives the focus back to its button.
    await nav.getByRole('link', { name: third.title }).focus()
    await page.keyboard.press('Escape')
    await expect(menu(first)).toHaveAttribute('aria-expanded', 'false')
    await expect(menu(first)).toBeFocused()

    await menu(first).tap()
    await nav.getByRole('link', { name: third.title }).tap()
    await expect(playground.lessonHeading).toHaveText(third.title)
    await expect(playground.lessonHeading).toBeInViewport({ ratio: 1 })
    await expect(menu(third)).toHaveAttribute('aria-expanded', 'false')
    const article = await box(lessonColumn(page))
    expect(article.y).toBeLessThan(120)
    // Nothing is docked: the traffic is a sheet with no handle (layout.spec.ts).
    await expect(page.getByRole('separator', { name: 'Resize HTTP traffic' })).toBeHidden()
  })
})
