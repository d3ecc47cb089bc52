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
