import { expect, test } from './fixtures'

test.describe('Lesson 5, OAuth2 scopes', () => {
  // Every login runs Argon2 (64 MiB, three passes) in the page's worker: slow on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('a token with only the "me" scope reads /users/me/ but not /users/me/items/', async ({ playground, page }) => {
    await playground.open('oauth2-scopes')
    await expect(playground.lessonHeading).toHaveText('OAuth2 scopes')

    const tokenRequest = page.waitForRequest((request) => request.method() === 'POST')
    const dialog = await playground.authorize('johndoe', 'secret', { scopes: ['me'] })
    expect((await tokenRequest).postData()).toBe('grant_type=password&scope=me&username=johndoe&password=secret')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const me = await playground.execute('GET', '/users/me/')
    await expect(me.status).toHaveText(/^200\b/)
    await expect(me.body).toContainText('"username": "johndoe"')

    const items = await playground.execute('GET', '/users/me/items/')
    await expect(items.status).toHaveText(/^401\b/)
    await expect(items.body).toContainText('"detail": "Not enough permissions"')
    await expect(items.headers).toContainText('www-authenticate: Bearer scope="items me"')
  })
})
