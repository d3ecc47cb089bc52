import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_TOKENS } from '../../testing/fixture-tokens'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { createOAuth2JwtApp } from './oauth2-jwt-app'
import { INACTIVE_ALICE_SWITCH } from './switches'

// 15 January 2026, 12:00:00.250 UTC; tests move it forward to watch a token expire.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
let clock = NOW
const services = { passwords: directPasswordVerifier, now: () => clock, release: 'current' as const }
const client = createTestClient(createOAuth2JwtApp(new Set(), services))
const withAlice = createTestClient(createOAuth2JwtApp(new Set([INACTIVE_ALICE_SWITCH]), services))

const USER = '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false}'
const ITEMS = '[{"item_id":"Foo","owner":"johndoe"}]'
const NOT_AUTHENTICATED = '{"detail":"Not authenticated"}'
const INVALID = '{"detail":"Could not validate credentials"}'
const INCORRECT = '{"detail":"Incorrect username or password"}'
// What PyJWT writes for {"sub":"johndoe","exp":NOW+30min}, computed with PyJWT itself.
const JOHN_AT_NOW =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjoxNzY4NDgwMjAwfQ.DlOjmcZwysbmxIwvpQw9v1RMiboT6I4WiU5PB0grQ9I'

async function login(app: typeof client, username: string, password: string): Promise<string> {
  const response = await app.post('/token', form(`username=${username}&password=${password}`))
  expect(response.status).toBe(200)
  return (response.json() as { access_token: string }).access_token
}

describe('tutorial004: POST /token', { timeout: 20_000 }, () => {
  it('logs johndoe in with a JWT of sub and exp, thirty minutes ahead', async () => {
    clock = NOW
    const response = await client.post('/token', form('username=johndoe&password=secret'))
    expect(response.status).toBe(200)
    expect(response.text).toBe(`{"access_token":"${JOHN_AT_NOW}","token_type":"bearer"}`)
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it.each([
    ['wrong password', 'username=johndoe&password=incorrect'],
    ['unknown user', 'username=foo&password=secret'],
    ['alice is not in the database', 'username=alice&password=secretalice'],
  ])('%s: 401 with a Bearer challenge, unlike tutorials 003 and 005', async (_case, fields) => {
    const response = await client.post('/token', form(fields))
    expect(response.status).toBe(401)
    expect(response.text).toBe(INCORRECT)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('checks an unknown user’s password against DUMMY_HASH, so both failures cost one Argon2 run', async () => {
    const hashes: string[] = []
    const spying = createTestClient(
      createOAuth2JwtApp(new Set(), {
        now: () => NOW,
        release: 'current',
        passwords: { verify: (_password, hash) => (hashes.push(hash), Promise.resolve(false)) },
      }),
    )
    const response = await spying.post('/token', form('username=foo&password=secret'))
    expect(hashes).toEqual([
      '$argon2id$v=19$m=65536,t=3,p=4$wdRF8YDb6ft6AQ0gNzehEA$7gWREWbvotCZR6IYbf5VC33xHXaMF/3+U8Id5ywf7qY',
    ])
    const step = response.record.steps.at(-1)
    expect(step?.stage === 'endpoint' && step.result === 'raised' ? step.why : undefined).toContain('DUMMY_HASH')
  })

  it('validates the form first: no password is a 422', async () => {
    const response = await client.post('/token', form('username=johndoe'))
    expect(response.status).toBe(422)
    expect(response.text).toBe(
      '{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}',
    )
    expect(response.headers.get('www-authenticate')).toBeNull()
  })
})

describe('tutorial004: the protected routes', { timeout: 20_000 }, () => {
  let token = ''
  beforeAll(async () => {
    clock = NOW
    token = await login(client, 'johndoe', 'secret')
  }, 20_000)

  it('answers GET /users/me (→307) with the user, without hashed_password', async () => {
    const response = await client.get('/users/me', { headers: bearer(token) })
    expect(response.status).toBe(200)
    expect(response.text).toBe(USER)
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('answers GET /users/me/ the same', async () => {
    expect((await client.get('/users/me/', { headers: bearer(token) })).text).toBe(USER)
  })

  it('redirects /users/me to /users/me/ before looking at the token', async () => {
    const response = await client.get('/users/me', { headers: bearer(token), followRedirects: false })
    expect(response.status).toBe(307)
    expect(response.text).toBe('')
    expect(response.headers.get('location')).toBe('http://testserver/users/me/')
  })

  it('lists the current user’s items', async () => {
    const response = await client.get('/users/me/items/', { headers: bearer(token) })
    expect(response.status).toBe(200)
    expect(response.text).toBe(ITEMS)
  })

  it.each([
    ['no token', '/users/me', undefined],
    ['wrong scheme', '/users/me', 'Notexistent testtoken'],
    ['items, no token', '/users/me/items/', undefined],
  ])('%s: 401 Not authenticated from OAuth2PasswordBearer', async (_case, path, authorization) => {
    const response = await client.get(path, { headers: authorization ? { authorization } : undefined })
    expect(response.status).toBe(401)
    expect(response.text).toBe(NOT_AUTHENTICATED)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it.each([
    ['not a JWT', '/users/me', 'nonexistent'],
    ['no sub', '/users/me', FIXTURE_TOKENS['data-foo']],
    ['unknown user foo', '/users/me', FIXTURE_TOKENS['sub-foo']],
    ['unknown user username:bob', '/users/me', FIXTURE_TOKENS['sub-bob']],
    ['items, bad token', '/users/me/items/', 'nonexistent'],
    ['expired', '/users/me/', FIXTURE_TOKENS['john-exp1']],
    ['wrong key', '/users/me/', FIXTURE_TOKENS['john-wrongkey']],
    ['alg none', '/users/me/', FIXTURE_TOKENS['john-none']],
    ['numeric sub', '/users/me/', FIXTURE_TOKENS['sub-123']],
    ['aud claim', '/users/me/', FIXTURE_TOKENS['john-aud']],
    ['nbf in the future', '/users/me/', FIXTURE_TOKENS['john-nbf2100']],
    ['iat in the future (python-jose accepted it)', '/users/me/', FIXTURE_TOKENS['john-iat2100']],
    ['header says HS512', '/users/me/', FIXTURE_TOKENS['john-hs512']],
  ])('%s: 401 Could not validate credentials', async (_case, path, jwt) => {
    const response = await client.get(path, { headers: bearer(jwt) })
    expect(response.status).toBe(401)
    expect(response.text).toBe(INVALID)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it.each([
    ['no exp', `Bearer ${FIXTURE_TOKENS.john}`],
    ['exp in 2100', `Bearer ${FIXTURE_TOKENS['john-exp2100']}`],
    ['header without typ', `Bearer ${FIXTURE_TOKENS['john-notyp']}`],
    ['two spaces', `Bearer  ${FIXTURE_TOKENS.john}`],
  ])('%s: 200 with the user', async (_case, authorization) => {
    const response = await client.get('/users/me/', { headers: { authorization } })
    expect(response.status).toBe(200)
    expect(response.text).toBe(USER)
  })

  it('stops accepting the login token thirty minutes later, and says why', async () => {
    clock = NOW + 30 * 60 * 1000
    const response = await client.get('/users/me/', { headers: bearer(token) })
    clock = NOW
    expect(response.status).toBe(401)
    expect(response.text).toBe(INVALID)
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'dependency',
      result: 'raised',
      name: 'get_current_user',
      why: "the token's exp was 12:30:00 UTC, just now",
      neverRan: ['get_current_active_user', 'read_users_me'],
    })
  })
})

describe('tutorial004 with alice patched in, as FastAPI’s test does', { timeout: 20_000 }, () => {
  it('lets the disabled alice log in, then answers 400 Inactive user without a challenge', async () => {
    clock = NOW
    const token = await login(withAlice, 'alice', 'secretalice')
    const response = await withAlice.get('/users/me', { headers: bearer(token) })
    expect(response.status).toBe(400)
    expect(response.text).toBe('{"detail":"Inactive user"}')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('keeps the OpenAPI document tutorial004’s', async () => {
    expect((await withAlice.get('/openapi.json')).text).toBe((await client.get('/openapi.json')).text)
  })
})
