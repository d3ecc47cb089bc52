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
})
