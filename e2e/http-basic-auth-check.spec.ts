import { expect, test } from './fixtures'

test.describe('Lesson 7, HTTP Basic auth: checking the username', () => {
  test('a wrong password gets "Incorrect username or password"; stanleyjobson / swordfish gets in', async ({
    playground,
  }) => {
    await playground.open('http-basic-auth-check')
    await expect(playground.lessonHeading).toHaveText('HTTP Basic auth: checking the username')

    // Swagger UI marks any pair "Authorized": only the server checks it.
    const dialog = await playground.authorizeBasic('stanleyjobson', 'wrongpassword')
    await expect(dialog.getByRole('heading', { name: 'Authorized' })).toBeVisible()
    await playground.closeDialog()

    const refused = await playground.execute('GET', '/users/me')
    await expect(refused.status).toHaveText(/^401\b/)
    await expect(refused.body).toContainText('"detail": "Incorrect username or password"')
    await expect(refused.headers).toContainText(/www-authenticate: Basic/i)

    await playground.openAuthorizationDialog()
    await playground.logout()
    await playground.closeDialog()
    await playground.authorizeBasic('stanleyjobson', 'swordfish')
    await playground.closeDialog()

    const accepted = await playground.execute('GET', '/users/me')
    await expect(accepted.status).toHaveText(/^200\b/)
    await expect(accepted.body).toContainText('"username": "stanleyjobson"')
    await expect(accepted.body).not.toContainText('password')
  })
})
