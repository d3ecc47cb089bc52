import { expect, test } from './fixtures'

test.describe('Lesson 1, first steps', () => {
  test('executing GET /items/ without authorizing shows the 401 and its Bearer challenge', async ({ playground }) => {
    await playground.open('first-steps')
    await expect(playground.lessonHeading).toHaveText('First steps')

    const response = await playground.execute('GET', '/items/')

    await expect(response.status).toHaveText(/^401\b/)
    await expect(response.body).toContainText('"detail": "Not authenticated"')
    await expect(response.headers).toContainText(/www-authenticate: Bearer/i)
    // The panel lists what the docs sent: Swagger UI asked for the document once, and nothing the
    // playground does to start (the worker, the mock, the pane) is listed as traffic.
    await expect(playground.exchange('GET', '/items/', 401)).toBeVisible()
    await expect(playground.traffic.getByRole('option', { name: /^#\d+ GET \/openapi\.json / })).toHaveCount(1)
    await expect(playground.traffic.getByRole('option')).toHaveCount(2)
  })

  test('with the stand-in token endpoint, Authorize posts to BASE + "token" and Execute sends the token', async ({
    playground,
    page,
    baseURL,
  }) => {
    await playground.open('first-steps')
    await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).check()

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    const dialog = await playground.authorize('alice', 'secret')
    const token = await tokenResponse
    expect(token.url()).toBe(new URL('token', baseURL).href)
    expect(token.status()).toBe(200)
    expect(token.request().postData()).toBe('grant_type=password&username=alice&password=secret')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^200\b/)
    await expect(response.body).toContainText('"token": "alice"')
  })

  test('without the stand-in, Authorize reports the failure because the app has no token route', async ({
    playground,
    page,
    baseURL,
  }) => {
    await playground.open('first-steps')

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    const dialog = await playground.authorize('alice', 'secret')
    const token = await tokenResponse
    expect(token.url()).toBe(new URL('token', baseURL).href)
    expect(token.status()).toBe(404)
    expect(await token.text()).toBe('{"detail":"Not Found"}')
    await expect(dialog.getByText('Error: Not Found')).toBeVisible()

    // Swagger UI keeps that error in its state: another app behind the same document must not show it.
    await playground.closeDialog()
    await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).check()
    await playground.openAuthorizationDialog()
    await expect(dialog.getByRole('textbox', { name: 'username:' })).toBeVisible()
    await expect(dialog.getByText(/Error/)).toHaveCount(0)
  })

  test('serves tutorial001’s OpenAPI document beside the page, with the sub-path as server', async ({
    page,
    playground,
    baseURL,
  }) => {
    await playground.open()
    const document: unknown = await page.evaluate(async () => (await (await fetch('openapi.json')).json()) as unknown)
    const basePath = new URL(baseURL ?? '').pathname.replace(/\/$/, '')
    expect(document).toMatchObject({
      openapi: '3.1.0',
      paths: { '/items/': { get: { operationId: 'read_items_items__get' } } },
    })
    if (basePath) expect(document).toMatchObject({ servers: [{ url: basePath }] })
    else expect(document).not.toHaveProperty('servers')
  })
})
