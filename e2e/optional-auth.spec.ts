import { expect, test } from './fixtures'

test.describe('Beyond the tutorial: optional and alternative credentials', () => {
  test('a stranger is greeted; /reports takes either scheme, and Authorize with an API key is enough', async ({
    playground,
    page,
  }) => {
    await playground.open('optional-auth')
    await expect(playground.lessonHeading).toHaveText('Optional and alternative credentials')

    // auto_error=False: no credentials, and still no 401.
    const greeting = await playground.execute('GET', '/greeting')
    await expect(greeting.status).toHaveText(/^200\b/)
    await expect(greeting.body).toContainText('"message": "Hello, stranger"')

    const refused = await playground.execute('GET', '/reports')
    await expect(refused.status).toHaveText(/^401\b/)
    // Swagger UI shows the two challenges without the space after the comma.
    await expect(refused.headers).toContainText(/www-authenticate: Bearer, ?APIKey/i)

    // The operation's padlock offers its two alternatives, and only those.
    await playground
      .operation('GET', '/reports')
      .getByRole('button', { name: /authorization button/ })
      .click()
    const offered = playground.authorizationDialog.getByRole('heading', { level: 4 })
    await expect(offered).toHaveText([/^OAuth2PasswordBearer\s+\(OAuth2, password\)/, /^APIKeyHeader\s+\(apiKey\)/])
    await playground.closeDialog()

    const dialog = await playground.authorizeApiKey('APIKeyHeader', 'robot-key')
    // HTTPDigest is in the document, but Swagger UI has nothing to fill in for it.
    await expect(dialog.getByText("unsupported scheme 'digest'")).toBeVisible()
    await playground.closeDialog()

    const request = page.waitForRequest((sent) => new URL(sent.url()).pathname.endsWith('/reports'))
    const response = await playground.execute('GET', '/reports')
    const headers = (await request).headers()
    expect(headers['x-api-key']).toBe('robot-key')
    expect(headers.authorization).toBeUndefined()
    await expect(response.status).toHaveText(/^200\b/)
    await expect(response.body).toContainText('"via": "API key"')
    await expect(playground.exchange('GET', '/reports', 200)).toBeVisible()
  })

  test('with the mistake on, the key travels in the URL', async ({ playground, page }) => {
    await playground.openMistake('optional-auth', 'api-key-in-query')
    await playground.authorizeApiKey('APIKeyQuery', 'robot-key')
    await playground.closeDialog()
    const request = page.waitForRequest((sent) => new URL(sent.url()).pathname.endsWith('/reports'))
    const response = await playground.execute('GET', '/reports')
    expect(new URL((await request).url()).search).toBe('?api_key=robot-key')
    await expect(response.status).toHaveText(/^200\b/)
    await expect(playground.exchange('GET', '/reports?api_key=robot-key', 200)).toBeVisible()
  })
})
