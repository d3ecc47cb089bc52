import { calculateJwkThumbprint } from 'jose'
import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { codeFlowLogin } from '../../testing/current-fastapi/code-flow-login'
import { signRs256 } from '../../testing/current-fastapi/provider-tokens'
import { OTHER_TEST_KEY } from '../../testing/identity-provider-keys'
import { bearer, createTestClient } from '../../testing/test-client'
import { OTHER_CLIENT_ID, PROVIDER_USER } from './provider'
import { PROVIDER_JWKS, PROVIDER_PRIVATE_KEY } from './provider-key'
import { createThirdPartyLoginApp } from './third-party-login-app'

// 15 January 2026, 12:00:00.250 UTC; a test moves it forward to watch a token expire.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
let clock = NOW
const app = createThirdPartyLoginApp({ passwords: directPasswordVerifier, now: () => clock, release: 'current' })
const client = createTestClient(app)
const [provider] = app.thirdParties ?? []
const ISSUER = 'http://testserver/realms/playground'
const INVALID = '{"detail":"Could not validate credentials"}'

/** Alice's tokens, through the popup's login and Swagger UI's code exchange. */
async function logIn(clientId = 'playground-docs', scopes: readonly string[] = ['openid', 'profile']) {
  if (!provider) throw new Error('the app trusts no provider')
  const login = await codeFlowLogin(provider, {
    clientId,
    username: PROVIDER_USER.username,
    password: PROVIDER_USER.password,
    scopes,
    redirectUri: 'http://testserver/oauth2-redirect.html',
  })
  expect(login.status).toBe(200)
  return login.body as { access_token: string; id_token?: string }
}

/** The dependency that raised, with its check. */
function raisedCheck(response: Awaited<ReturnType<typeof client.get>>) {
  for (const step of response.record.steps) {
    if (step.stage === 'dependency' && step.result === 'raised') return { name: step.name, check: step.check }
  }
  return undefined
}

describe('third-party-login: the provider the app trusts', () => {
  it('publishes the lesson’s fixed key, named by its RFC 7638 thumbprint', async () => {
    expect(
      await provider
        ?.handle(new Request(`${ISSUER}/protocol/openid-connect/certs`))
        .then((answer) => answer.response.json()),
    ).toEqual(PROVIDER_JWKS)
    const [key] = PROVIDER_JWKS.keys
    expect(key?.kid).toBe(
      await calculateJwkThumbprint({ kty: 'RSA', n: PROVIDER_PRIVATE_KEY.n ?? '', e: PROVIDER_PRIVATE_KEY.e ?? '' }),
    )
    expect(key?.n).toBe(PROVIDER_PRIVATE_KEY.n)
  })
})

describe('third-party-login: GET /users/me, behind OAuth2AuthorizationCodeBearer', () => {
  it('answers 401 Not authenticated without a bearer token, before get_current_user runs', async () => {
    const sent: Record<string, string>[] = [{}, { authorization: 'Basic YTpi' }]
    for (const headers of sent) {
      const response = await client.get('/users/me', { headers })
      expect([response.status, response.text, response.headers.get('www-authenticate')]).toEqual([
        401,
        '{"detail":"Not authenticated"}',
        'Bearer',
      ])
    }
  })

  it('answers 200 with the user the provider’s access token names', async () => {
    clock = NOW
    const { access_token: token } = await logIn()
    const response = await client.get('/users/me', { headers: bearer(token) })
    expect(response.status).toBe(200)
    expect(response.text).toBe(`{"sub":"${PROVIDER_USER.sub}","username":"alice","email":null}`)
    expect(response.record.steps.map((step) => step.stage)).toEqual(['routing', 'security', 'dependency', 'endpoint'])
  })

  it('refuses the ID token and another app’s token (wrong aud): get_current_user raises', async () => {
    clock = NOW
    const { id_token: idToken } = await logIn()
    const { access_token: billing } = await logIn(OTHER_CLIENT_ID, [])
    for (const token of [idToken ?? '', billing]) {
      const response = await client.get('/users/me', { headers: bearer(token) })
      expect([response.status, response.text, response.headers.get('www-authenticate')]).toEqual([
        401,
        INVALID,
        'Bearer',
      ])
      expect(raisedCheck(response)).toEqual({ name: 'get_current_user', check: 'jwt-wrong-audience' })
    }
  })

  it('refuses the same claims signed with another key, keeping the provider’s kid or not', async () => {
    clock = NOW
    const { access_token: token } = await logIn()
    const [header = '', payload = ''] = token.split('.')
    const decode = (segment: string) => Buffer.from(segment, 'base64url').toString('utf8')
    const sameKid = await signRs256(OTHER_TEST_KEY, decode(header), decode(payload))
    const ownKid = await signRs256(OTHER_TEST_KEY, { alg: 'RS256', kid: 'mine' }, decode(payload))
    const checks = []
    for (const forged of [sameKid, ownKid])
      checks.push(raisedCheck(await client.get('/users/me', { headers: bearer(forged) }))?.check)
    expect(checks).toEqual(['jwt-bad-signature', 'jwt-no-matching-key'])
  })

  it('refuses the token once its five minutes are up, from the second its exp names', async () => {
    clock = NOW
    const { access_token: token } = await logIn()
    clock = NOW + 299_000
    expect((await client.get('/users/me', { headers: bearer(token) })).status).toBe(200)
    clock = NOW + 300_000
    const response = await client.get('/users/me', { headers: bearer(token) })
    expect(raisedCheck(response)?.check).toBe('jwt-expired')
    clock = NOW
  })

  it.each([
    ['another issuer', { iss: 'https://idp.example/realms/playground' }, 'jwt-wrong-issuer'],
    ['no sub', { sub: null }, 'jwt-missing-claim'],
    ['no exp', { exp: null }, 'jwt-missing-claim'],
    ['an iat in the future', { iat: Math.floor(NOW / 1000) + 60 }, 'jwt-not-yet-valid'],
  ])('refuses a provider-signed token with %s', async (_, changes, check) => {
    const second = Math.floor(NOW / 1000)
    const claims = { iss: ISSUER, sub: 'x', aud: 'playground-api', iat: second, exp: second + 300, ...changes }
    const [key] = PROVIDER_JWKS.keys
    const token = await signRs256(PROVIDER_PRIVATE_KEY, { alg: 'RS256', kid: key?.kid ?? '' }, claims)
    expect(raisedCheck(await client.get('/users/me', { headers: bearer(token) }))?.check).toBe(check)
  })
})

describe('third-party-login: GET /items/, behind OpenIdConnect', () => {
  it('gets the whole header: a Bearer token passes, any other scheme is refused by get_current_user_oidc', async () => {
    clock = NOW
    const { access_token: token } = await logIn()
    const ok = await client.get('/items/', { headers: bearer(token) })
    expect([ok.status, ok.text]).toEqual([200, `[{"item_id":"Foo","owner":"${PROVIDER_USER.sub}"}]`])
    const basic = await client.get('/items/', { headers: { authorization: `Basic ${token}` } })
    expect([basic.status, basic.text]).toEqual([401, INVALID])
    expect(raisedCheck(basic)).toEqual({ name: 'get_current_user_oidc', check: 'not-bearer' })
    const none = await client.get('/items/')
    expect([none.status, none.text]).toEqual([401, '{"detail":"Not authenticated"}'])
  })
})
