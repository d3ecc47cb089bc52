import { compactVerify, importJWK } from 'jose'
import { describe, expect, it } from 'vitest'
import { PROVIDER_PRIVATE_KEY } from '../../lessons/third-party-login/provider-key'
import { createIdentityProvider } from './identity-provider'
import type { IdentityProviderConfig } from './provider-state'
import { s256Challenge } from './pkce'

const SITE = new URL('http://127.0.0.1:4700/learn/oauth2/')
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const REDIRECT = 'http://127.0.0.1:4700/learn/oauth2/oauth2-redirect.html'
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'

const config: IdentityProviderConfig = {
  realm: 'playground',
  users: [{ username: 'alice', password: 'wonderland', sub: 'user-1', name: 'Alice', email: 'alice@example.com' }],
  clients: [
    { clientId: 'docs', description: 'The docs', audience: 'api' },
    { clientId: 'other', description: 'Another app', audience: 'other-api' },
  ],
  scopes: ['openid', 'profile', 'email'],
  accessTokenSeconds: 300,
  codeSeconds: 60,
}

function provider(now = () => NOW) {
  return createIdentityProvider(config, { site: SITE, now, privateJwk: PROVIDER_PRIVATE_KEY })
}

type Provider = ReturnType<typeof provider>

async function authorizeQuery(overrides: Record<string, string> = {}) {
  return new URLSearchParams({
    response_type: 'code',
    client_id: 'docs',
    redirect_uri: REDIRECT,
    scope: 'openid profile',
    state: 'U2F0IEphbg==',
    code_challenge: await s256Challenge(VERIFIER),
    code_challenge_method: 'S256',
    ...overrides,
  })
}

function post(idp: Provider, endpoint: 'authorization' | 'token', body: URLSearchParams) {
  return idp.handle(
    new Request(idp.endpoints[endpoint], {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  )
}

/** Logs alice in through the login form; the code from the redirect's location. */
async function logIn(idp: Provider, overrides: Record<string, string> = {}): Promise<string> {
  const form = await authorizeQuery(overrides)
  form.set('username', 'alice')
  form.set('password', 'wonderland')
  form.set('action', 'login')
  const { response } = await post(idp, 'authorization', form)
  expect(response.status).toBe(302)
  return new URL(response.headers.get('location') ?? '').searchParams.get('code') ?? ''
}

function exchange(idp: Provider, code: string, overrides: Record<string, string> = {}) {
  return post(
    idp,
    'token',
    new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      client_id: 'docs',
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
      ...overrides,
    }),
  )
}

async function verifiedClaims(idp: Provider, token: string): Promise<unknown> {
  const [key] = (await idp.jwks()).keys
  const { payload } = await compactVerify(token, await importJWK({ ...key }, 'RS256'))
  return JSON.parse(new TextDecoder().decode(payload))
}

describe('the stand-in identity provider', () => {
  it('publishes its endpoints below <site>idp, and its public key with a thumbprint kid', async () => {
    const idp = provider()
    expect(idp.issuer).toBe('http://127.0.0.1:4700/learn/oauth2/realms/playground')
    const discovery = await idp.handle(new Request(`${idp.issuer}/.well-known/openid-configuration`))
    expect(discovery.response.status).toBe(200)
    expect(await discovery.response.json()).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${idp.issuer}/protocol/openid-connect/token`,
      jwks_uri: `${idp.issuer}/protocol/openid-connect/certs`,
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
    })
    const jwks = (await (await idp.handle(new Request(idp.endpoints.jwks))).response.json()) as {
      keys: Record<string, string>[]
    }
    expect(jwks.keys).toHaveLength(1)
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', e: 'AQAB' })
    expect(jwks.keys[0]).not.toHaveProperty('d')
    expect(jwks.keys[0]?.kid).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('shows its login page for a valid authorization request, and the page carries the request on', async () => {
    const idp = provider()
    const { response, record } = await idp.handle(
      new Request(`${idp.endpoints.authorization}?${(await authorizeQuery()).toString()}`),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await response.text()
    expect(page).toContain('<form method="post" action="auth">')
    expect(page).toContain('name="code_challenge" value="')
    expect(page).toContain('name="state" value="U2F0IEphbg=="')
    const hostile = await authorizeQuery({ state: '"><script>' })
    const escaped = await (
      await idp.handle(new Request(`${idp.endpoints.authorization}?${hostile.toString()}`))
    ).response.text()
    expect(escaped).toContain('name="state" value="&#34;&#62;&#60;script&#62;"')
    expect(record).toMatchObject({
      method: 'GET',
      path: '/realms/playground/protocol/openid-connect/auth',
      rootPath: '/learn/oauth2',
    })
    expect(record.steps).toEqual([
      expect.objectContaining({ stage: 'identity-provider', result: 'answered', check: 'login-page' }),
    ])
  })

  it('shows the page again for a wrong password, and redirects with a code and the state for the right one', async () => {
    const idp = provider()
    const form = await authorizeQuery()
    form.set('username', 'alice')
    form.set('password', 'wrong')
    const wrong = await post(idp, 'authorization', form)
    expect(wrong.response.status).toBe(200)
    expect(await wrong.response.text()).toContain('Invalid username or password.')
    expect(wrong.record.steps[0]).toMatchObject({ result: 'refused', check: 'wrong-password' })

    form.set('password', 'wonderland')
    const right = await post(idp, 'authorization', form)
    expect(right.response.status).toBe(302)
    const location = new URL(right.response.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT)
    expect(location.searchParams.get('state')).toBe('U2F0IEphbg==')
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('sends the browser nowhere for an unknown client or an unregistered redirect URI', async () => {
    const idp = provider()
    const requests: Record<string, string>[] = [{ client_id: 'nobody' }, { redirect_uri: 'https://evil.example/cb' }]
    for (const overrides of requests) {
      const query = await authorizeQuery(overrides)
      const { response } = await idp.handle(new Request(`${idp.endpoints.authorization}?${query.toString()}`))
      expect(response.status).toBe(400)
      expect(response.headers.get('location')).toBeNull()
    }
  })

  it.each([
    [{ code_challenge: '' }, 'invalid_request'],
    [{ code_challenge_method: 'plain' }, 'invalid_request'],
    [{ response_type: 'token' }, 'unsupported_response_type'],
    [{ scope: 'openid admin' }, 'invalid_scope'],
  ])('redirects %j back with error=%s', async (overrides, error) => {
    const idp = provider()
    const query = await authorizeQuery(overrides)
    const { response } = await idp.handle(new Request(`${idp.endpoints.authorization}?${query.toString()}`))
    expect(response.status).toBe(302)
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe(error)
  })

  it('exchanges the code and its verifier for an access token for the API and an ID token for the client', async () => {
    const idp = provider()
    const { response, record } = await exchange(idp, await logIn(idp))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as Record<string, string>
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'openid profile' })
    const second = Math.floor(NOW / 1000)
    expect(await verifiedClaims(idp, body.access_token ?? '')).toMatchObject({
      iss: idp.issuer,
      sub: 'user-1',
      aud: 'api',
      azp: 'docs',
      iat: second,
      exp: second + 300,
      scope: 'openid profile',
      preferred_username: 'alice',
    })
    expect(await verifiedClaims(idp, body.id_token ?? '')).toMatchObject({ aud: 'docs', sub: 'user-1', name: 'Alice' })
    expect(record.steps[0]).toMatchObject({ endpoint: 'token', result: 'answered', check: 'tokens-issued' })
  })

  it('writes the audience of the client that logged in: another app’s tokens are for another API', async () => {
    const idp = provider()
    const code = await logIn(idp, { client_id: 'other', scope: '' })
    const body = (await (await exchange(idp, code, { client_id: 'other' })).response.json()) as Record<string, string>
    expect(await verifiedClaims(idp, body.access_token ?? '')).toMatchObject({ aud: 'other-api', azp: 'other' })
    expect(body).not.toHaveProperty('id_token')
  })

  it.each([
    ['another verifier', { code_verifier: 'x'.repeat(43) }, 'pkce-mismatch'],
    ['no verifier', { code_verifier: '' }, 'pkce-mismatch'],
    ['another redirect_uri', { redirect_uri: `${REDIRECT}?x` }, 'redirect-uri-mismatch'],
    ['another client', { client_id: 'other' }, 'code-of-another-client'],
    ['an unknown code', { code: 'nope' }, 'unknown-code'],
  ])('refuses %s with 400 invalid_grant', async (_, overrides, check) => {
    const idp = provider()
    const { response, record } = await exchange(idp, await logIn(idp), overrides)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' })
    expect(record.steps[0]).toMatchObject({ result: 'refused', check })
  })

  it('refuses a code the second time, and one that waited too long', async () => {
    let now = NOW
    const idp = provider(() => now)
    const code = await logIn(idp)
    expect((await exchange(idp, code)).response.status).toBe(200)
    const replay = await exchange(idp, code)
    expect(replay.response.status).toBe(400)
    expect(await replay.response.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'The authorization code was already used.',
    })
    const late = await logIn(idp)
    now += 60_000
    expect((await exchange(idp, late)).record.steps[0]).toMatchObject({ check: 'code-expired' })
  })

  it('refuses other grant types and unknown clients with RFC 6749’s errors', async () => {
    const idp = provider()
    const password = await post(idp, 'token', new URLSearchParams({ grant_type: 'password', username: 'alice' }))
    expect([password.response.status, await password.response.json()]).toEqual([
      400,
      { error: 'unsupported_grant_type', error_description: 'Only grant_type=authorization_code is supported.' },
    ])
    const unknown = await exchange(idp, 'x', { client_id: 'nobody' })
    expect(unknown.response.status).toBe(401)
  })

  it('answers 404 below its root for a page it does not have, and 405 for a method an endpoint does not take', async () => {
    const idp = provider()
    expect((await idp.handle(new Request(`${idp.issuer}/nothing`))).response.status).toBe(404)
    const get = await idp.handle(new Request(idp.endpoints.token))
    expect([get.response.status, get.response.headers.get('allow')]).toEqual([405, 'POST'])
  })
})
