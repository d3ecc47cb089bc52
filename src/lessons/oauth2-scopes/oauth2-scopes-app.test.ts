import { beforeAll, describe, expect, it, vi } from 'vitest'
import { FIXTURE_TOKENS } from '../../testing/fixture-tokens'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import { SECRET_KEY } from '../shared/jwt-tutorial'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { createOAuth2ScopesApp } from './oauth2-scopes-app'

// 15 January 2026, 12:00:00.250 UTC.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const client = createTestClient(
  createOAuth2ScopesApp({ passwords: directPasswordVerifier, now: () => NOW, release: 'current' as const }),
)

const USER = '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false}'
const ITEMS = '[{"item_id":"Foo","owner":"johndoe"}]'
const STATUS = '{"status":"ok"}'
const NOT_AUTHENTICATED = '{"detail":"Not authenticated"}'
const INVALID = '{"detail":"Could not validate credentials"}'
const NOT_ENOUGH = '{"detail":"Not enough permissions"}'
const INACTIVE = '{"detail":"Inactive user"}'
const INCORRECT = '{"detail":"Incorrect username or password"}'
// PyJWT's token for {"sub":"johndoe","scope":"","exp":NOW+30min}, computed with PyJWT itself.
const JOHN_NO_SCOPE_AT_NOW =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGUiOiIiLCJleHAiOjE3Njg0ODAyMDB9.uCiagyQqDi6JakAhUco3TELRe34EOdR06VeBRJXOTD4'

function fields(username: string, password: string, scope?: string): string {
  const base = `username=${username}&password=${password}`
  return scope === undefined ? base : `${base}&scope=${encodeURIComponent(scope)}`
}

async function login(username: string, password: string, scope?: string): Promise<string> {
  const response = await client.post('/token', form(fields(username, password, scope)))
  expect(response.status).toBe(200)
  return (response.json() as { access_token: string }).access_token
}

function claimsOf(token: string): unknown {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
}

describe('tutorial005: POST /token', { timeout: 20_000 }, () => {
  it('logs johndoe in with the claims sub, scope (empty) and exp', async () => {
    const response = await client.post('/token', form(fields('johndoe', 'secret')))
    expect(response.status).toBe(200)
    expect(response.text).toBe(`{"access_token":"${JOHN_NO_SCOPE_AT_NOW}","token_type":"bearer"}`)
  })

  it('gives the disabled alice a token too', async () => {
    expect(claimsOf(await login('alice', 'secretalice'))).toEqual({ sub: 'alice', scope: '', exp: 1768480200 })
  })

  it('writes the requested scopes into the token unchecked, joined by one space', async () => {
    expect(claimsOf(await login('johndoe', 'secret', '  me   admin '))).toMatchObject({ scope: 'me admin' })
  })

  it.each([
    ['wrong password', fields('johndoe', 'incorrect')],
    ['unknown user', fields('foo', 'secret')],
    ['alice with tutorial003’s password', fields('alice', 'secret2')],
  ])('%s: 400 without a challenge', async (_case, body) => {
    const response = await client.post('/token', form(body))
    expect(response.status).toBe(400)
    expect(response.text).toBe(INCORRECT)
    expect(response.headers.get('www-authenticate')).toBeNull()
  })
})

describe('tutorial005: scopes on the protected routes', { timeout: 20_000 }, () => {
  // Tokens from the app's own /token route, by login: key, username, password, requested scope.
  const LOGINS = [
    ['john', 'johndoe', 'secret', undefined],
    ['john me', 'johndoe', 'secret', 'me'],
    ['john me items', 'johndoe', 'secret', 'me items'],
    ['john items me', 'johndoe', 'secret', 'items me'],
    ['john spaced', 'johndoe', 'secret', '  me   items '],
    ['john items', 'johndoe', 'secret', 'items'],
    ['john admin', 'johndoe', 'secret', 'admin'],
    ['alice', 'alice', 'secretalice', undefined],
    ['alice me', 'alice', 'secretalice', 'me'],
  ] as const
  type LoginKey = (typeof LOGINS)[number][0]
  const tokens = new Map<string, string>()
  beforeAll(async () => {
    for (const [key, username, password, scope] of LOGINS) tokens.set(key, await login(username, password, scope))
  }, 60_000)

  /** `login(...)` rows name a login above; the others give the Authorization header as sent. */
  type Credentials = { readonly login: LoginKey } | { readonly header: string } | undefined
  const header = (credentials: Credentials): Record<string, string> | undefined => {
    if (credentials === undefined) return undefined
    if ('header' in credentials) return { authorization: credentials.header }
    return bearer(tokens.get(credentials.login) ?? 'missing')
  }
  const jwt = (name: keyof typeof FIXTURE_TOKENS) => ({ header: `Bearer ${FIXTURE_TOKENS[name]}` })
  const ME = 'Bearer scope="me"'
  const ITEMS_ME = 'Bearer scope="items me"'

  it.each<[string, string, Credentials, number, string, string | null]>([
    ['no token', '/users/me', undefined, 401, NOT_AUTHENTICATED, 'Bearer'],
    ['token with me', '/users/me', { login: 'john me' }, 200, USER, null],
    ['not a JWT', '/users/me', { header: 'Bearer nonexistent' }, 401, INVALID, ME],
    ['wrong scheme', '/users/me', { header: 'Notexistent testtoken' }, 401, NOT_AUTHENTICATED, 'Bearer'],
    ['no sub', '/users/me', jwt('data-foo'), 401, INVALID, ME],
    ['unknown user foo', '/users/me', jwt('sub-foo'), 401, INVALID, ME],
    ['unknown user username:bob', '/users/me', jwt('sub-bob'), 401, INVALID, ME],
    ['no scope', '/users/me', { login: 'john' }, 401, NOT_ENOUGH, ME],
    ['disabled user', '/users/me', { login: 'alice me' }, 400, INACTIVE, null],
    ['disabled, no me: scopes are checked first', '/users/me', { login: 'alice' }, 401, NOT_ENOUGH, ME],
    ['items', '/users/me/items/', { login: 'john me items' }, 200, ITEMS, null],
    ['items, scopes reversed', '/users/me/items/', { login: 'john items me' }, 200, ITEMS, null],
    ['items, extra spaces', '/users/me/items/', { login: 'john spaced' }, 200, ITEMS, null],
    ['items, me only', '/users/me/items/', { login: 'john me' }, 401, NOT_ENOUGH, ITEMS_ME],
    ['items, items only', '/users/me/items/', { login: 'john items' }, 401, NOT_ENOUGH, ITEMS_ME],
    ['me, items only', '/users/me/', { login: 'john items' }, 401, NOT_ENOUGH, ME],
    ['me, unknown scope', '/users/me/', { login: 'john admin' }, 401, NOT_ENOUGH, ME],
    ['items, no token', '/users/me/items/', undefined, 401, NOT_AUTHENTICATED, 'Bearer'],
    ['items, bad token', '/users/me/items/', { header: 'Bearer nonexistent' }, 401, INVALID, ITEMS_ME],
    ['status', '/status/', { login: 'john' }, 200, STATUS, null],
    ['status, no token', '/status/', undefined, 401, NOT_AUTHENTICATED, 'Bearer'],
    ['status, bad token', '/status/', { header: 'Bearer nonexistent' }, 401, INVALID, 'Bearer'],
    ['status, scoped token', '/status/', { login: 'john me items' }, 200, STATUS, null],
    ['status, disabled user', '/status/', { login: 'alice' }, 200, STATUS, null],
    ['crafted scope "me"', '/users/me/', jwt('john-me'), 200, USER, null],
    ['crafted scope "me items"', '/users/me/items/', jwt('john-me-items'), 200, ITEMS, null],
    ['no scope claim', '/users/me/', jwt('john'), 401, NOT_ENOUGH, ME],
    ['no scope claim, status', '/status/', jwt('john'), 200, STATUS, null],
    ['expired', '/users/me/', jwt('john-me-exp1'), 401, INVALID, ME],
    ['0.92-style scopes list', '/users/me/', jwt('john-scopes-list'), 401, NOT_ENOUGH, ME],
    ['crafted disabled user', '/users/me/', jwt('alice-me'), 400, INACTIVE, null],
    ['wrong key', '/users/me/', jwt('john-wrongkey'), 401, INVALID, ME],
    ['numeric sub', '/users/me/', jwt('sub-123'), 401, INVALID, ME],
  ])('%s: GET %s', async (_case, path, credentials, status, body, challenge) => {
    const response = await client.get(path, { headers: header(credentials) })
    expect(response.status).toBe(status)
    expect(response.text).toBe(body)
    expect(response.headers.get('www-authenticate')).toBe(challenge)
  })

  it('redirects GET /status to /status/ before security runs', async () => {
    const response = await client.get('/status', { followRedirects: false })
    expect(response.status).toBe(307)
    expect(response.text).toBe('')
    expect(response.headers.get('location')).toBe('http://testserver/status/')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('says which scope was missing, and that get_current_user raised with its SecurityScopes', async () => {
    const response = await client.get('/users/me/items/', { headers: header({ login: 'john me' }) })
    expect(response.record.steps.slice(1)).toEqual([
      expect.objectContaining({ stage: 'security', dependency: 'oauth2_scheme', handedTo: 'get_current_user' }),
      {
        stage: 'dependency',
        result: 'raised',
        name: 'get_current_user',
        status: 401,
        detail: 'Not enough permissions',
        why: 'this route requires the scopes "items me"; the token lacks "items" (its scope claim is "me")',
        check: 'missing-scope',
        securityScopes: ['items', 'me'],
        neverRan: ['get_current_active_user', 'read_own_items'],
      },
    ])
  })

  it('records every dependency returning on a good call, get_current_user with the scopes asked of it', async () => {
    const response = await client.get('/users/me/items/', { headers: header({ login: 'john me items' }) })
    expect(response.record.steps.slice(2)).toEqual([
      {
        stage: 'dependency',
        result: 'returned',
        name: 'get_current_user',
        handedTo: 'get_current_active_user',
        securityScopes: ['items', 'me'],
      },
      { stage: 'dependency', result: 'returned', name: 'get_current_active_user', handedTo: 'read_own_items' },
      { stage: 'endpoint', result: 'returned', name: 'read_own_items' },
    ])
  })

  it('crashes with a 500, as the tutorial does, when the scope claim is not a string', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const token = await pyjwtEncode({ sub: 'johndoe', scope: ['me'] }, SECRET_KEY)
    const response = await client.get('/users/me/', { headers: bearer(token) })
    quiet.mockRestore()
    expect(response.status).toBe(500)
    expect(response.text).toBe('Internal Server Error')
  })
})
