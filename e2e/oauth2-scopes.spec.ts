import { lesson } from '../src/lessons/oauth2-scopes/lesson'
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

  test('with the spec-exact switch, a missing scope is a 403 with insufficient_scope in www-authenticate', async ({
    playground,
    page,
  }) => {
    await playground.open('oauth2-scopes')
    await page.getByRole('checkbox', { name: lesson.switches[0]?.label ?? '' }).check()
    await playground.waitUntilReady()
    await expect(page.getByRole('figure', { name: 'main_spec_exact.py compared with main.py' })).toContainText(
      'status_code=status.HTTP_403_FORBIDDEN',
    )
    const dialog = await playground.authorize('johndoe', 'secret', { scopes: ['me'] })
    // The login hashes with Argon2 for a while: a request sent before its token arrives goes without one.
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()
    const items = await playground.execute('GET', '/users/me/items/')
    await expect(items.status).toHaveText(/^403\b/)
    // swagger-client splits a header value at ", " as if the header came twice, and Swagger UI joins
    // the parts with a bare comma: the bytes are in the traffic panel.
    await expect(items.headers).toContainText('www-authenticate: Bearer error="insufficient_scope",scope="items me"')
    await playground.exchange('GET', '/users/me/items/', 403).first().click()
    await expect(playground.traffic).toContainText('Bearer error="insufficient_scope", scope="items me"')
  })
})
