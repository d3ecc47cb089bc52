import { expect, test } from './fixtures'

test.describe('Lesson 2, get the current user', () => {
  test('without a token the scheme answers 401, and Authorize ends in Not Found: no token route', async ({
    playground,
    page,
  }) => {
    await playground.open('get-current-user')
    await expect(playground.lessonHeading).toHaveText('Get the current user')

    const response = await playground.execute('GET', '/users/me')
    await expect(response.status).toHaveText(/^401\b/)
    await expect(response.body).toContainText('"detail": "Not authenticated"')
    await expect(response.headers).toContainText(/www-authenticate: Bearer/i)

    const tokenResponse = page.waitForResponse((answer) => answer.request().method() === 'POST')
    const dialog = await playground.authorize('johndoe', 'secret')
    expect((await tokenResponse).status()).toBe(404)
    await expect(dialog.getByText('Error: Not Found')).toBeVisible()
  })

  test('with the stand-in token endpoint, the fake decoder turns any token into John Doe', async ({
    playground,
    page,
  }) => {
    await playground.open('get-current-user')
    // Not part of tutorial002: an opt-in route that hands back the username as the token.
    await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).check()
    const dialog = await playground.authorize('alice', 'anything')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const response = await playground.execute('GET', '/users/me')
    await expect(response.status).toHaveText(/^200\b/)
    await expect(response.body).toContainText('"username": "alicefakedecoded"')
    await expect(response.body).toContainText('"full_name": "John Doe"')
    await expect(response.body).toContainText('"disabled": null')
  })
})
