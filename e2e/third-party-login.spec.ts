import { PROVIDER_USER } from '../src/lessons/third-party-login/provider'
import { expect, test } from './fixtures'

test.describe('Beyond the tutorial: log in with an identity provider', () => {
  test('Authorize opens the provider’s login in a popup; with PKCE, the code becomes a token and Execute answers 200', async ({
    playground,
    page,
    context,
  }) => {
    await playground.open('third-party-login')
    await expect(playground.lessonHeading).toHaveText('Log in with an identity provider')

    const refused = await playground.execute('GET', '/users/me')
    await expect(refused.status).toHaveText(/^401\b/)

    // The popup's page load: the popup is another page of the same browser context.
    const authorizing = context.waitForEvent('request', (request) => request.url().includes('/openid-connect/auth?'))
    const exchanged = page.waitForResponse((response) => response.url().endsWith('/openid-connect/token'))
    const scheme = await playground.authorizeWithCode({
      action: 'authorize-code',
      scheme: 'OAuth2AuthorizationCodeBearer',
      username: PROVIDER_USER.username,
      password: PROVIDER_USER.password,
      scopes: ['openid', 'profile'],
    })
    // The authorization request, from the popup: Swagger UI's client, its redirect page and an S256 challenge.
    const query = new URL((await authorizing).url()).searchParams
    expect(query.get('client_id')).toBe('playground-docs')
    expect(query.get('code_challenge_method')).toBe('S256')
    expect(query.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(query.get('redirect_uri')).toMatch(/\/learn\/oauth2\/oauth2-redirect\.html$/)
    // The code exchange, from the page: the code with its verifier.
    const token = await exchanged
    const form = new URLSearchParams(token.request().postData() ?? '')
    expect(form.get('grant_type')).toBe('authorization_code')
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/)
    expect(token.status()).toBe(200)
    expect(await token.json()).toMatchObject({ token_type: 'Bearer', access_token: expect.stringMatching(/^eyJ/) })
    await expect(scheme.getByRole('button', { name: 'Remove authorization' })).toBeVisible()
    await playground.closeDialog()

    const sent = page.waitForRequest((request) => request.url().endsWith('/users/me'))
    const me = await playground.execute('GET', '/users/me')
    expect((await sent).headers().authorization).toMatch(/^Bearer eyJ/)
    await expect(me.status).toHaveText(/^200\b/)
    await expect(me.body).toContainText(`"sub": "${PROVIDER_USER.sub}"`)
    await expect(me.body).toContainText('"username": "alice"')
  })
})
