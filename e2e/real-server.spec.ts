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
    await expect(playground.standInComparison).toContainText('FastAPI 0.99.0')
  })

  test('first-steps: GET /items/ without a token gets the real 401, and Authorize finds no /token there', async ({
    playground,
    page,
  }) => {
    const server = realServerUrl('first-steps')
    await playground.openWithServer('first-steps', server)

    const refused = await playground.execute('GET', '/items/')
    await expect(refused.status).toHaveText(/^401\b/)
    await expect(refused.headers).toContainText(/www-authenticate: Bearer/i)
    await playground.exchange('GET', '/items/', 401).click()
    await expect(playground.standInComparison).toContainText('They agree')

    const token = nextPost(page)
    const dialog = await playground.authorize('alice', 'secret')
    expect((await token).url()).toBe(`${server}/token`)
    await expect(dialog.getByText('Error: Not Found')).toBeVisible()
    await playground.closeDialog()
    await playground.exchange('POST', '/token', 404).click()
    await expect(playground.standInComparison).toContainText('They agree')
  })

  test('get-current-user: no token is a 401; any bearer token becomes John Doe, as on the stand-in', async ({
    playground,
  }) => {
    await playground.openWithServer('get-current-user', realServerUrl('get-current-user'))

    const refused = await playground.execute('GET', '/users/me')
    await expect(refused.status).toHaveText(/^401\b/)

    await playground.sendFromPanel({
      action: 'send',
      method: 'GET',
      path: '/users/me',
      headers: { Authorization: 'Bearer alice' },
    })
    await playground.exchange('GET', '/users/me', 200).click()
    await expect(playground.traffic.getByText('"username": "alicefakedecoded"').first()).toBeVisible()
    await expect(playground.standInComparison).toContainText('They agree')
  })

  test('http-basic-auth: the real server challenges with Basic, then echoes john’s pair', async ({ playground }) => {
    await playground.openWithServer('http-basic-auth', realServerUrl('http-basic-auth'))

    const refused = await playground.execute('GET', '/users/me')
    await expect(refused.status).toHaveText(/^401\b/)
    await expect(refused.headers).toContainText(/www-authenticate: Basic/i)

    await playground.authorizeBasic('john', 'secret')
    await playground.closeDialog()
    const echoed = await playground.execute('GET', '/users/me')
    await expect(echoed.status).toHaveText(/^200\b/)
    await expect(echoed.body).toContainText('"password": "secret"')
    await playground.exchange('GET', '/users/me', 200).click()
    await expect(playground.traffic.getByRole('button', { name: 'Reveal passwords' })).toBeVisible()
    await expect(playground.standInComparison).toContainText('They agree')

    // Credentials that are not base64: FastAPI 0.92 named them invalid, today's FastAPI (0.122.0) does not.
    await playground.sendFromPanel({
      action: 'send',
      method: 'GET',
      path: '/users/me',
      headers: { Authorization: 'Basic notbase64' },
    })
    await expect(playground.standInComparison).toContainText('They differ')
    await expect(playground.standInComparison).toContainText('Invalid authentication credentials')
    await expect(playground.standInComparison).toContainText('FastAPI 0.122.0')
  })

  test('http-basic-auth-check: a wrong password and the right pair, each compared', async ({ playground }) => {
    await playground.openWithServer('http-basic-auth-check', realServerUrl('http-basic-auth-check'))

    await playground.authorizeBasic('stanleyjobson', 'wrongpassword')
    await playground.closeDialog()
    const wrong = await playground.execute('GET', '/users/me')
    await expect(wrong.status).toHaveText(/^401\b/)
    await expect(wrong.body).toContainText('"detail": "Incorrect username or password"')
    await playground.exchange('GET', '/users/me', 401).click()
    await expect(playground.standInComparison).toContainText('They agree')

    await playground.logOutOfEverything()
    await playground.authorizeBasic('stanleyjobson', 'swordfish')
    await playground.closeDialog()
    const right = await playground.execute('GET', '/users/me')
    await expect(right.status).toHaveText(/^200\b/)
    await playground.exchange('GET', '/users/me', 200).click()
    await expect(playground.standInComparison).toContainText('They agree')
  })

  test('chosen in the form: only that server is asked, nothing typed is stored, and Back returns to the stand-in', async ({
    playground,
    page,
  }) => {
    const server = realServerUrl('simple-oauth2')
    const origins = new Set<string>()
    page.on('request', (sent) => origins.add(new URL(sent.url()).origin))
    await playground.open('simple-oauth2')

    await page.getByRole('button', { name: 'Your own server' }).click()
    await page.getByRole('textbox', { name: 'FastAPI server address' }).fill(server)
    await page.getByRole('button', { name: 'Use this server' }).click()
    await playground.waitUntilServerAnswers()
    expect(new URL(page.url()).searchParams.get('server')).toBe(server)

    const dialog = await playground.authorize('johndoe', 'secret')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()
    await expect(playground.exchange('POST', '/token', 200)).toBeVisible()

    const stored = await page.evaluate(() =>
      JSON.stringify(
        [localStorage, sessionStorage].map((storage) =>
          Array.from({ length: storage.length }, (_, index) => {
            const key = storage.key(index) ?? ''
            return [key, storage.getItem(key)]
          }),
        ),
      ),
    )
    expect(stored).not.toContain('secret')
    expect(stored).not.toContain('johndoe')
    expect(stored).toContain(JSON.stringify(server))
    expect([...origins].sort()).toEqual([new URL(page.url()).origin, server].sort())

    await page.getByRole('button', { name: 'Back to the stand-in' }).click()
    await playground.waitUntilReady()
    expect(new URL(page.url()).searchParams.has('server')).toBe(false)
  })

  test('a server that is not running is named as such', async ({ playground, page, consoleErrors }) => {
    // Port 9 (discard) on this machine: nothing listens there.
    await page.goto(`./?lesson=first-steps&server=${encodeURIComponent('http://127.0.0.1:9')}`)
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing answers at http://127.0.0.1:9/' })).toBeVisible({
      timeout: 25_000,
    })
    await expect(playground.exchange('GET', '/openapi.json')).toContainText('failed')
    const refusals = consoleErrors.filter((line) => line.includes('net::ERR_'))
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((line) => !refusals.includes(line)))
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
    await expect(problem.locator('pre')).toContainText(
      'from fastapi.middleware.cors import CORSMiddleware\n\napp.add_middleware(\n    CORSMiddleware,\n' +
        `    allow_origins=["${origin}"],\n`,
    )
    await expect(playground.exchange('GET', '/openapi.json')).toContainText('failed')

    // Chromium reports the refusal on the console; that is the lesson here, not a fault.
    const refusals = consoleErrors.filter((line) => line.includes('CORS') || line.includes('ERR_FAILED'))
    expect(refusals.length).toBeGreaterThan(0)
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((line) => !refusals.includes(line)))
  })
})
