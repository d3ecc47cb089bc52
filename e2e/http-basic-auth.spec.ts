import { expect, test } from './fixtures'

test.describe('Lesson 6, HTTP Basic auth', () => {
  test('without credentials the answer is a Basic challenge; authorized as john it echoes the pair', async ({
    playground,
    page,
  }) => {
    await playground.open('http-basic-auth')
    await expect(playground.lessonHeading).toHaveText('HTTP Basic auth')

    const refused = await playground.execute('GET', '/users/me')
    await expect(refused.status).toHaveText(/^401\b/)
    await expect(refused.body).toContainText('"detail": "Not authenticated"')
    await expect(refused.headers).toContainText(/www-authenticate: Basic/i)

    // Authorize only stores the pair: no request leaves the page until Execute.
    const dialog = await playground.authorizeBasic('john', 'secret')
    await expect(dialog.getByRole('heading', { name: 'HTTPBasic (http, Basic)' })).toBeVisible()
    await expect(dialog.getByRole('heading', { name: 'Authorized' })).toBeVisible()
    await playground.closeDialog()

    const request = page.waitForRequest((sent) => new URL(sent.url()).pathname.endsWith('/users/me'))
    const response = await playground.execute('GET', '/users/me')
    expect((await request).headers().authorization).toBe('Basic am9objpzZWNyZXQ=')
    await expect(response.status).toHaveText(/^200\b/)
    await expect(response.body).toContainText('"username": "john"')
    await expect(response.body).toContainText('"password": "secret"')
    await expect(playground.operation('GET', '/users/me').locator('.curl-command')).toContainText(
      'Authorization: Basic am9objpzZWNyZXQ=',
    )
  })
})
