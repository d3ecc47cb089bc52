import { lesson } from '../src/lessons/simple-oauth2/lesson'
import { expect, test } from './fixtures'

test.describe('Lesson 3, simple OAuth2 with password and Bearer', () => {
  test('johndoe logs in and reads his record; the disabled alice gets a token but no record', async ({
    playground,
  }) => {
    await playground.open('simple-oauth2')
    await expect(playground.lessonHeading).toHaveText('Simple OAuth2 with password and Bearer')

    const johnDialog = await playground.authorize('johndoe', 'secret')
    await expect(johnDialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const john = await playground.execute('GET', '/users/me')
    await expect(john.status).toHaveText(/^200\b/)
    await expect(john.body).toContainText('"username": "johndoe"')
    // No response model: the stored hash goes out with the rest of the record.
    await expect(john.body).toContainText('"hashed_password": "fakehashedsecret"')

    await playground.openAuthorizationDialog()
    await playground.logout()
    await playground.closeDialog()
    const aliceDialog = await playground.authorize('alice', 'secret2')
    await expect(aliceDialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const alice = await playground.execute('GET', '/users/me')
    await expect(alice.status).toHaveText(/^400\b/)
    await expect(alice.body).toContainText('"detail": "Inactive user"')
  })

  test('a token that names nobody: Why says get_current_user raised and read_users_me never ran', async ({
    playground,
  }) => {
    await playground.open('simple-oauth2')
    await playground.sendFromPanel({
      action: 'send',
      method: 'GET',
      path: '/users/me',
      headers: { Authorization: 'Bearer nobody' },
    })
    await playground.exchange('GET', '/users/me', 401).click()
    const why = playground.traffic.getByRole('group', { name: 'Why' })
    await expect(why.getByRole('paragraph').first()).toHaveText(
      'get_current_user() raised HTTPException(401, "Not authenticated"): No user is called "nobody". In this ' +
        'app the token must be a username, exactly. get_current_active_user() and read_users_me() never ran.',
    )
    await why.getByText('Step by step').click()
    await expect(why.getByRole('listitem').nth(1)).toHaveText(
      'oauth2_scheme (OAuth2PasswordBearer) found the scheme "Bearer", which is bearer in any case, and handed ' +
        '"nobody" to get_current_user().',
    )
    // Sent from the panel, not the Authorize dialog: none of the dialog's notes.
    await expect(why).not.toContainText('Swagger UI’s dialog')
  })

  test('a wrong password shows only "Error: Bad Request" in the dialog', async ({ playground, page }) => {
    await playground.open('simple-oauth2')

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    const dialog = await playground.authorize('johndoe', 'wrong')
    const token = await tokenResponse
    expect(token.status()).toBe(400)
    expect(await token.text()).toBe('{"detail":"Incorrect username or password"}')
    expect(await token.headerValue('www-authenticate')).toBeNull()
    await expect(dialog.getByText('Error: Bad Request')).toBeVisible()
  })

  test('the spec-exact switch: main_spec_exact.py as a diff, invalid_grant in the dialog, and back to the tutorial', async ({
    playground,
    page,
  }) => {
    await playground.open('simple-oauth2')
    const label = lesson.switches[0]?.label ?? ''
    const toggle = page.getByRole('checkbox', { name: label })
    await toggle.check()
    await playground.waitUntilReady()
    const diff = page.getByRole('figure', { name: 'main_spec_exact.py compared with main.py' })
    await expect(diff).toContainText('raise TokenError("invalid_grant", "Incorrect username or password")')
    await expect(diff).toContainText('Line of main.py: ')

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    const dialog = await playground.authorize('johndoe', 'wrong')
    const token = await tokenResponse
    expect(token.status()).toBe(400)
    expect(await token.text()).toBe('{"error":"invalid_grant","error_description":"Incorrect username or password"}')
    expect(await token.headerValue('cache-control')).toBe('no-store')
    // Swagger UI reads RFC 6749's fields from a failed login.
    await expect(
      dialog.getByText('Error: Bad Request, error: invalid_grant, description: Incorrect username or password'),
    ).toBeVisible()
    await playground.closeDialog()

    // A bad form: 400 unsupported_grant_type where main.py answers 422.
    await playground.sendFromPanel({
      action: 'send',
      method: 'POST',
      path: '/token',
      form: 'grant_type=client_credentials&username=johndoe&password=secret',
    })
    // Its row, by what it says: on a busy machine a row found by position may be the one before.
    await playground.traffic.getByRole('option').filter({ hasText: 'unsupported_grant_type' }).click()
    await expect(playground.traffic.getByRole('group', { name: 'Why' }).getByRole('paragraph').first()).toContainText(
      'token_form_error_handler() answered it with 400 instead of FastAPI’s 422',
    )

    await toggle.uncheck()
    await playground.waitUntilReady()
    await expect(diff).toHaveCount(0)
    const again = page.waitForResponse((response) => response.request().method() === 'POST')
    await playground.authorize('johndoe', 'wrong')
    expect(await (await again).text()).toBe('{"detail":"Incorrect username or password"}')
  })

  test('answering as FastAPI 0.92, the spec-exact switch stays off and says why', async ({ playground, page }) => {
    await page.goto('./?lesson=simple-oauth2&fastapi=0.92')
    await playground.waitUntilReady()
    const toggle = page.getByRole('checkbox', { name: lesson.switches[0]?.label ?? '' })
    await expect(toggle).toBeDisabled()
    await expect(toggle).toHaveAccessibleDescription(/main_spec_exact\.py is written for today’s FastAPI/)
  })
})
