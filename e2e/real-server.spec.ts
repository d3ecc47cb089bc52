import type { Page } from '@playwright/test'
import { realServerUrl } from './support/fastapi-servers'
import { expect, test } from './fixtures'

// Real FastAPI servers (Debian's 0.92, started by the global setup) answer instead of the stand-in.

/** The next POST's answer, as the page received it. */
function nextPost(page: Page) {
  return page.waitForResponse((response) => response.request().method() === 'POST')
}

test.describe('A real FastAPI server', () => {
  test('simple-oauth2: johndoe logs in at the server, reads his record, and the panel compares both', async ({
    playground,
    page,
  }) => {
    const server = realServerUrl('simple-oauth2')
    await playground.openWithServer('simple-oauth2', server)

    const token = nextPost(page)
    const dialog = await playground.authorize('johndoe', 'secret')
    expect((await token).url()).toBe(`${server}/token`)
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const request = page.waitForRequest((sent) => sent.url() === `${server}/users/me`)
    const john = await playground.execute('GET', '/users/me')
    expect((await request).headers().authorization).toBe('Bearer johndoe')
    await expect(john.status).toHaveText(/^200\b/)
    await expect(john.body).toContainText('"username": "johndoe"')

    await playground.exchange('POST', '/token', 200).click()
    await expect(playground.traffic.getByText(`${server}/token`, { exact: true }).first()).toBeVisible()
    const form = playground.traffic.getByRole('table', { name: 'Form fields, decoded' })
    await expect(form.getByRole('row', { name: 'password ••••••' })).toBeVisible()
    await expect(playground.standInComparison).toContainText('They agree')

    await playground.exchange('GET', '/users/me', 200).click()
    await expect(playground.traffic.locator('.why-summary')).toHaveText(
      `${new URL(server).origin} answered 200 over the network, not the stand-in, so there is no record of why.`,
    )
    await expect(playground.standInComparison).toContainText('They agree')

    // FastAPI 0.92 writes OpenAPI 3.0.2; the stand-in follows the current release.
    await playground.exchange('GET', '/openapi.json', 200).click()
    await expect(playground.standInComparison).toContainText('They differ')
    await expect(playground.standInComparison).toContainText('they part at openapi')
  })

  test('a server without CORS: the page says it runs but refuses this origin, with the lines to add', async ({
    playground,
    page,
    consoleErrors,
  }) => {
    const server = realServerUrl('simple-oauth2', false)
    await page.goto(`./?lesson=simple-oauth2&server=${encodeURIComponent(server)}`)

    const problem = page.getByRole('alert').filter({ hasText: 'is running, but it does not let this page read' })
    await expect(problem).toBeVisible({ timeout: 25_000 })
    const origin = new URL(page.url()).origin
    await expect(problem.locator('pre')).toHaveText(
      'from fastapi.middleware.cors import CORSMiddleware\n\n' +
        `app.add_middleware(CORSMiddleware, allow_origins=["${origin}"], allow_methods=["*"], allow_headers=["*"])`,
    )
    await expect(playground.exchange('GET', '/openapi.json')).toContainText('failed')

    // Chromium reports the refusal on the console; that is the lesson here, not a fault.
    const refusals = consoleErrors.filter((line) => line.includes('CORS') || line.includes('ERR_FAILED'))
    expect(refusals.length).toBeGreaterThan(0)
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((line) => !refusals.includes(line)))
  })
})
