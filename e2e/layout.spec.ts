import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

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
