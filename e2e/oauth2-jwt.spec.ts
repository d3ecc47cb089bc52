import { expect, test } from './fixtures'

test.describe('Lesson 4, OAuth2 with JWT tokens', () => {
  // Every login runs Argon2 (64 MiB, three passes) in the page's worker: slow on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('johndoe logs in through the Authorize dialog and reads his user and items with the JWT', async ({
    playground,
    page,
  }) => {
    await playground.open('oauth2-jwt')
    await expect(playground.lessonHeading).toHaveText('OAuth2 with JWT tokens')

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    const dialog = await playground.authorize('johndoe', 'secret')
    const token = await tokenResponse
    expect(token.status()).toBe(200)
    expect(await token.json()).toMatchObject({ access_token: expect.stringMatching(/^eyJ/), token_type: 'bearer' })
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const sent = page.waitForRequest((request) => request.url().endsWith('/users/me/'))
    const me = await playground.execute('GET', '/users/me/')
    expect((await sent).headers().authorization).toMatch(/^Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\./)
    await expect(me.status).toHaveText(/^200\b/)
    await expect(me.body).toContainText('"username": "johndoe"')
    await expect(me.body).toContainText('"full_name": "John Doe"')
    await expect(me.body).not.toContainText('hashed_password')

    const items = await playground.execute('GET', '/users/me/items/')
    await expect(items.status).toHaveText(/^200\b/)
    await expect(items.body).toContainText('"owner": "johndoe"')
  })

  test('a wrong password is a 401, which the dialog shows as "Unauthorized"', async ({ playground, page }) => {
    await playground.open('oauth2-jwt')

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    const dialog = await playground.authorize('johndoe', 'wrong')
    const token = await tokenResponse
    expect(token.status()).toBe(401)
    expect(token.headers()['www-authenticate']).toBe('Bearer')
    expect(await token.text()).toBe('{"detail":"Incorrect username or password"}')
    await expect(dialog.getByText('Error: Unauthorized')).toBeVisible()
  })
})
