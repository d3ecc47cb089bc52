import { expect, test } from './fixtures'
import { scanWholePage } from './support/axe-scan'

test.describe('Beyond the tutorial: the token in an HttpOnly cookie', () => {
  // The login runs Argon2 (64 MiB, three passes) in the page's worker, and the test scans the page
  // with axe: on a busy machine that alone took 40 s of the first test.
  test.describe.configure({ timeout: 120_000 })

  test('after logging in through the docs GET /users/me answers 200 without Authorize, and 401 after logging out', async ({
    playground,
    page,
  }) => {
    await playground.open('cookie-auth')
    await expect(playground.lessonHeading).toHaveText('The token in an HttpOnly cookie')

    const login = await playground.executeForm('POST', '/login', { username: 'johndoe', password: 'secret' })
    await expect(login.status).toHaveText(/^200\b/)
    await expect(login.body).toContainText('"message": "Logged in as johndoe"')
    // The browser's own jar never gets the cookie: the answer came from a service worker.
    expect(await page.evaluate(() => document.cookie)).not.toContain('access_token')

    const me = await playground.execute('GET', '/users/me')
    await expect(me.status).toHaveText(/^200\b/)
    await expect(me.body).toContainText('"username": "johndoe"')

    // The panel shows the Cookie header as the playground's jar added it, and the jar it came from.
    const { traffic } = playground
    await traffic.getByRole('option', { name: /^#\d+ GET \/users\/me 200/ }).click()
    const requestHeaders = traffic.getByRole('table', { name: 'Request headers' })
    await expect(requestHeaders.getByRole('row', { name: /^cookie access_token=eyJ/ })).toContainText(
      'added by the playground’s cookie jar',
    )
    const jar = traffic.getByRole('table', { name: 'The playground’s cookie jar after this answer' })
    await expect(jar.getByRole('row', { name: /^access_token eyJ/ })).toContainText('yes: hidden from page scripts')
    expect(await scanWholePage(page, 'the cookie jar shown')).toEqual([])

    const logout = await playground.execute('POST', '/logout')
    await expect(logout.status).toHaveText(/^200\b/)
    await expect(logout.body).toContainText('"message": "Logged out"')

    const again = await playground.execute('GET', '/users/me')
    await expect(again.status).toHaveText(/^401\b/)
    await expect(again.body).toContainText('"detail": "Not authenticated"')
    await traffic.getByRole('option', { name: /^#\d+ GET \/users\/me 401/ }).click()
    await expect(traffic.getByRole('group', { name: 'Why' })).toContainText(
      'The playground’s cookie jar did not send access_token: the answer to POST /logout',
    )
  })

  test('the Send form refuses a Cookie header, which fetch would drop', async ({ playground }) => {
    await playground.open('cookie-auth')
    const { traffic } = playground
    await traffic.getByRole('button', { name: 'Send a request' }).click()
    await traffic.getByRole('textbox', { name: 'Path' }).fill('/users/me')
    await traffic.getByRole('textbox', { name: /^Headers/ }).fill('Cookie: access_token=abc')
    await traffic.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(traffic.getByRole('status').filter({ hasText: /forbidden header name/ })).toContainText(
      'The playground’s cookie jar adds the cookies it holds',
    )
  })
})
