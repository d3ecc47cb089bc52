import type { Locator, Page } from '@playwright/test'
import { lessons } from '../src/lessons/lesson-registry'
import type { Lesson } from '../src/lessons/lesson'
import { expect, test } from './fixtures'
import { scanWholePage } from './support/axe-scan'
import type { PlaygroundPage } from './support/playground-page'

function dock(page: Page) {
  const traffic = page.getByRole('region', { name: 'HTTP traffic' })
  return {
    traffic,
    list: traffic.getByRole('listbox', { name: 'Exchanges' }),
    handle: page.getByRole('separator', { name: 'Resize HTTP traffic' }),
    gripText: page.getByText('Drag to resize', { exact: true }),
    toggle: page.getByRole('button', { name: 'HTTP traffic' }),
  }
}

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`${locator.toString()} has no box`)
  return found
}

/** How many pixels of the element's height lie inside the viewport. */
async function heightInViewport(page: Page, locator: Locator): Promise<number> {
  const { y, height } = await box(locator)
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('no viewport')
  return Math.max(0, Math.min(y + height, viewport.height) - Math.max(y, 0))
}

async function pageScrollHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight)
}

test.describe('The traffic dock at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('shows the new exchange, its status and why, right after Execute and after Authorize', async ({
    page,
    playground,
  }) => {
    await playground.open('first-steps')
    const { traffic } = dock(page)

    await playground.execute('GET', '/items/')
    const denied = traffic.getByRole('option', { name: /GET \/items\/ 401/ }).first()
    await expect(denied).toBeInViewport()
    await expect(denied).toHaveAccessibleName(/401 Unauthorized .*There is no Authorization header/)
    expect(await heightInViewport(page, traffic)).toBeGreaterThanOrEqual(150)
    // The columns scroll, not the page.
    expect(await pageScrollHeight(page)).toBeLessThanOrEqual(800)

    await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).check()
    const dialog = await playground.authorize('alice', 'secret')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    // Swagger UI's modal and its backdrop cover the dock too.
    const { x, y, height } = await box(traffic)
    const coversDock = await dialog.evaluate(
      (modal, point) => modal.parentElement?.contains(document.elementFromPoint(point.x, point.y)) ?? false,
      { x: x + 8, y: y + height - 8 },
    )
    expect(coversDock).toBe(true)
    await playground.closeDialog()

    const login = traffic.getByRole('option', { name: /POST \/token 200 OK .*issues T1/ })
    await expect(login).toBeInViewport()
    await expect(login).toHaveAccessibleName(/issues T1 .*stand_in_login\(\)/)
    expect(await heightInViewport(page, traffic)).toBeGreaterThanOrEqual(150)
  })

  test('brings the newest exchange back into view when the list was scrolled down', async ({ page, playground }) => {
    await playground.open('first-steps')
    const { traffic, list } = dock(page)
    await page.evaluate(async () => {
      for (let i = 0; i < 20; i += 1) await (await fetch('items/')).text()
    })
    await expect(traffic.getByRole('option')).toHaveCount(21)
    await list.hover()
    await page.mouse.wheel(0, 2000)
    await expect(traffic.getByRole('option', { name: /^#1 GET \/openapi\.json/ })).toBeInViewport()

    await playground.execute('GET', '/items/')
    await expect(traffic.getByRole('option', { name: /^#22 GET \/items\/ 401/ })).toBeInViewport()
  })

  test('says it can be dragged, resizes by keyboard and by dragging, and a reload keeps the height', async ({
    page,
    playground,
  }) => {
    await playground.open('first-steps')
    const { traffic, handle, gripText } = dock(page)
    // The first height leaves the docs their 480 px (desk.spec.ts).
    await expect(handle).toHaveAttribute('aria-valuenow', '250')
    await expect(handle).toHaveAttribute('aria-valuemin', '120')
    await expect(handle).toHaveAttribute('aria-valuemax', '680')
    expect((await box(traffic)).height).toBeCloseTo(250, 0)
    await expect(gripText).toBeVisible()
    await expect(handle).toHaveAccessibleDescription(/^Drag up or down to resize, or use the Up and Down arrow keys/)

    await handle.focus()
    for (let i = 0; i < 4; i += 1) await handle.press('ArrowUp')
    await handle.press('ArrowDown')
    await expect(handle).toHaveAttribute('aria-valuenow', '298')
    expect((await box(traffic)).height).toBeCloseTo(298, 0)

    await page.reload()
    await playground.waitUntilReady()
    await expect(handle).toHaveAttribute('aria-valuenow', '298')
    expect((await box(traffic)).height).toBeCloseTo(298, 0)

    const grip = await box(handle)
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
    await page.mouse.down()
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 100, { steps: 5 })
    await page.mouse.up()
    await expect(handle).toHaveAttribute('aria-valuenow', '398')
    await page.reload()
    await playground.waitUntilReady()
    await expect(handle).toHaveAttribute('aria-valuenow', '398')
  })

  test('collapses to its heading, and a reload keeps it collapsed', async ({ page, playground }) => {
    await playground.open('first-steps')
    const { traffic, list, handle, toggle } = dock(page)
    await expect(list).toBeVisible()

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(list).toHaveCount(0)
    await expect(handle).toHaveCount(0)
    expect((await box(traffic)).height).toBeLessThan(80)

    await page.reload()
    await playground.waitUntilReady()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(list).toHaveCount(0)

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(list.getByRole('option', { name: /GET \/openapi\.json 200/ })).toBeInViewport()
    await expect(handle).toHaveAttribute('aria-valuenow', '250')
  })
})

test.describe('On a narrow screen (700×900)', () => {
  test.use({ viewport: { width: 700, height: 900 } })

  test('nothing is fixed: the traffic comes after the docs, in the flow of the page', async ({ page, playground }) => {
    await playground.open('first-steps')
    const { traffic, handle } = dock(page)
    await expect(handle).toBeHidden()

    const nav = await box(page.getByRole('navigation', { name: 'Lessons' }))
    const lesson = await box(page.getByRole('article'))
    const docs = await box(playground.docs)
    const panel = await box(traffic)
    expect(lesson.y).toBeGreaterThanOrEqual(nav.y + nav.height)
    expect(docs.y).toBeGreaterThanOrEqual(lesson.y + lesson.height)
    expect(panel.y).toBeGreaterThanOrEqual(docs.y + docs.height)
    expect(await pageScrollHeight(page)).toBeGreaterThan(900)
    expect(await traffic.evaluate((element) => getComputedStyle(element).position)).toBe('static')

    await playground.execute('GET', '/items/')
    await traffic.scrollIntoViewIfNeeded()
    await expect(traffic.getByRole('option', { name: /GET \/items\/ 401/ })).toBeVisible()
  })
})

test.describe('On a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  test('right after Execute and after Authorize, the newest exchange’s status and why are in view; the sheet opens into the panel and folds back', async ({
    page,
    playground,
  }) => {
    await playground.open('first-steps')
    const { traffic, list, toggle } = dock(page)
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(list).toBeHidden()
    await expect(newestLine(traffic)).toHaveAccessibleName(/^#1 GET \/openapi\.json 200 OK FastAPI served/)

    const execute = await tapExecute(playground, 'GET', '/items/')
    const newest = newestLine(traffic)
    await expect(newest).toHaveAccessibleName(/^#2 GET \/items\/ 401 Unauthorized There is no Authorization header/)
    await expect(newest).toBeInViewport({ ratio: 1 })
    // The sheet covers neither Execute nor the note on the experiment just done: it holds the note.
    expect(await isUncovered(execute)).toBe(true)
    await expect(playground.doneNote).toContainText('Done: Call the API without a token.')
    await expect(playground.doneNote).toBeInViewport({ ratio: 1 })
    expect((await box(traffic)).height).toBeLessThan(844 / 3)
    expect(await pageScrollWidth(page)).toBe(390)

    await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).tap()
    const dialog = await playground.authorize('alice', 'secret')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()
    await expect(newestLine(traffic)).toHaveAccessibleName(/^#\d+ POST \/token 200 OK .*stand_in_login\(\)/)
    await expect(newestLine(traffic)).toBeInViewport({ ratio: 1 })

    // Tapped, the line opens the sheet on its exchange, with the whole panel to scroll through.
    await newestLine(traffic).tap()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const login = list.getByRole('option', { name: /^#\d+ POST \/token 200 OK/ })
    await expect(login).toHaveAttribute('aria-selected', 'true')
    await expect(login).toBeFocused()
    await expect(login).toBeInViewport()
    await expect(traffic.getByRole('heading', { name: /^#\d+ POST \/token → 200 OK$/ })).toBeVisible()
    expect((await box(traffic)).height).toBeGreaterThan(844 / 2)
    // The rare controls fold behind one button; the filter and Send a request stay.
    const pause = traffic.getByRole('button', { name: 'Pause' })
    await expect(pause).toBeHidden()
    await expect(traffic.getByRole('searchbox', { name: 'Filter by path or status' })).toBeVisible()
    await expect(traffic.getByRole('button', { name: 'Send a request' })).toBeVisible()
    const more = traffic.getByRole('button', { name: 'More controls' })
    await more.tap()
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    await expect(pause).toBeVisible()
    await expect(traffic.getByRole('textbox', { name: 'Local FastAPI for curl' })).toBeVisible()
    // Paths keep their names whole: /items/ on one line, as tall as its method beside it.
    const items = list.getByRole('option', { name: /GET \/items\/ 401/ })
    const path = items.getByText('/items/', { exact: true })
    expect((await box(path)).height).toBeLessThanOrEqual((await box(items.getByText('GET', { exact: true }))).height)
    expect(await pageScrollWidth(page)).toBe(390)

    // With the lesson list open too, everything on the page passes axe at this size.
    const nav = page.getByRole('navigation', { name: 'Lessons' })
    await nav.getByRole('button', { name: /^Lessons: / }).tap()
    await expect(nav.getByRole('link', { name: 'First steps' })).toBeVisible()
    expect(await scanWholePage(page, 'phone, lesson list and traffic sheet open')).toEqual([])

    // Escape, as the toggle, folds the sheet back to its line.
    await login.focus()
    await page.keyboard.press('Escape')
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(toggle).toBeFocused()
    await expect(list).toBeHidden()
    await expect(newestLine(traffic)).toBeInViewport({ ratio: 1 })
    await toggle.tap()
    await expect(list).toBeVisible()
    await toggle.tap()
    await expect(list).toBeHidden()
  })

  test('in every lesson, no sideways scroll, and right after Execute the newest exchange’s status and why are in view', async ({
    page,
    playground,
  }) => {
    test.setTimeout(20_000 * lessons.length)
    for (const lesson of lessons) {
      await test.step(lesson.id, async () => {
        await playground.open(lesson.id)
        expect(await pageScrollWidth(page)).toBe(390)
        const path = firstGetPath(lesson)
        await tapExecute(playground, 'GET', path)
        const newest = newestLine(playground.traffic)
        await expect(newest).toHaveAccessibleName(new RegExp(`^#\\d+ GET ${escapeRegExp(path)} \\d{3} \\w.* \\w+`))
        await expect(newest).toBeInViewport({ ratio: 1 })
        expect(await pageScrollWidth(page)).toBe(390)
      })
    }
  })
})

/** The folded sheet's line for the newest exchange, named as its row in the list. */
function newestLine(traffic: Locator): Locator {
  return traffic.getByRole('button', { name: /^#\d+ [A-Z]+ / })
}

/** Expands the operation and switches Try it out on where needed, as the lesson says, then taps Execute. */
async function tapExecute(playground: PlaygroundPage, method: string, path: string): Promise<Locator> {
  const operation = playground.operation(method, path)
  const tryItOut = operation.getByRole('button', { name: 'Try it out' })
  const execute = operation.getByRole('button', { name: 'Execute' })
  const ready = tryItOut.or(execute).first()
  if (!(await ready.isVisible())) {
    await operation.getByRole('button', { name: new RegExp(`^${method} ${escapeRegExp(path)}`) }).tap()
  }
  await expect(ready).toBeVisible()
  if (await tryItOut.isVisible()) await tryItOut.tap()
  await execute.tap()
  // The answer is drawn once it is in (a first login hashes first: seconds on a busy machine).
  await expect(operation.getByRole('heading', { name: 'Server response' })).toBeVisible({ timeout: 60_000 })
  return execute
}

/** Whether the middle of the element is the element itself, not something drawn over it. */
async function isUncovered(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded()
  const { x, y, width, height } = await box(locator)
  return locator.evaluate((element, point) => element.contains(document.elementFromPoint(point.x, point.y)), {
    x: x + width / 2,
    y: y + height / 2,
  })
}

/** A GET the lesson's own experiments Execute. */
function firstGetPath(lesson: Lesson): string {
  const step = lesson.experiments
    .flatMap((experiment) => experiment.steps)
    .find((each) => each.action === 'execute' && each.method === 'GET')
  if (step?.action !== 'execute') throw new Error(`${lesson.id} has no experiment that executes a GET operation`)
  return step.path
}

async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
