// Each answer pinned here is what main.py answered on the pinned FastAPI (TestClient, the clock
// stopped at NOW by time-machine). The cookie is sent as a header, as the differential test sends
// it: keeping it between requests is the browser's part (server/browser-cookies.test.ts).
import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient, form } from '../../testing/test-client'
import { createCookieAuthApp } from './cookie-auth-app'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
let clock = NOW
const client = createTestClient(
  createCookieAuthApp({ passwords: directPasswordVerifier, now: () => clock, release: 'current' }),
)

// What PyJWT writes for {"sub":"johndoe","exp":NOW+30min}: the same token as the JWT tutorial's.
const JOHN_AT_NOW =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjoxNzY4NDgwMjAwfQ.DlOjmcZwysbmxIwvpQw9v1RMiboT6I4WiU5PB0grQ9I'
const USER = '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false}'
const cookie = (value: string) => ({ headers: { cookie: value } })

describe('POST /login', { timeout: 20_000 }, () => {
  it('sets the JWT as an HttpOnly, SameSite=Lax cookie for thirty minutes, and leaves it out of the body', async () => {
    clock = NOW
    const response = await client.post('/login', form('username=johndoe&password=secret'))
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"message":"Logged in as johndoe"}')
    expect(response.headers.getSetCookie()).toEqual([
      `access_token=${JOHN_AT_NOW}; HttpOnly; Max-Age=1800; Path=/; SameSite=lax`,
    ])
    expect(response.record.steps.at(-1)).toEqual({ stage: 'endpoint', result: 'returned', name: 'login' })
  })

  it.each([
    ['a wrong password', 'username=johndoe&password=wrong'],
    ['an unknown user', 'username=nobody&password=secret'],
  ])('refuses %s with a 400 and sets no cookie', async (_case, fields) => {
    const response = await client.post('/login', form(fields))
    expect([response.status, response.text]).toEqual([400, '{"detail":"Incorrect username or password"}'])
    expect(response.headers.getSetCookie()).toEqual([])
    expect(response.headers.get('www-authenticate')).toBeNull()
  })
})

describe('POST /logout', () => {
  it('deletes the cookie with the path it was set with, whatever the request carried', async () => {
    clock = NOW
    for (const init of [{}, cookie(`access_token=${JOHN_AT_NOW}`)]) {
      const response = await client.post('/logout', init)
      expect([response.status, response.text]).toEqual([200, '{"message":"Logged out"}'])
      expect(response.headers.getSetCookie()).toEqual([
        'access_token=""; expires=Thu, 15 Jan 2026 12:00:00 GMT; HttpOnly; Max-Age=0; Path=/; SameSite=lax',
      ])
    }
  })
})

describe('GET /users/me', () => {
  it('answers with the user the cookie’s JWT names, quoted or not', async () => {
    clock = NOW
    for (const value of [`access_token=${JOHN_AT_NOW}`, `theme=dark; access_token="${JOHN_AT_NOW}"`]) {
      const response = await client.get('/users/me', cookie(value))
      expect([response.status, response.text]).toEqual([200, USER])
    }
  })

  it('lets APIKeyCookie answer 401 when the cookie is missing or empty, before get_current_user runs', async () => {
    for (const init of [{}, cookie('access_token='), cookie('access_token=""'), cookie('Access_Token=x')]) {
      const response = await client.get('/users/me', init)
      expect([response.status, response.text]).toEqual([401, '{"detail":"Not authenticated"}'])
      expect(response.headers.get('www-authenticate')).toBe('APIKey')
      expect(response.record.steps).toContainEqual({
        stage: 'security',
        scheme: 'APIKeyCookie',
        result: 'rejected',
        reason: 'no-api-key',
        sentScheme: null,
        dependency: 'cookie_scheme',
        neverRan: ['get_current_user', 'read_users_me'],
        apiKey: { in: 'cookie', name: 'access_token' },
      })
    }
  })

  it('has get_current_user refuse a value that is not a valid JWT, with the same APIKey challenge', async () => {
    clock = NOW
    const response = await client.get('/users/me', cookie('access_token=x'))
    expect([response.status, response.text]).toEqual([401, '{"detail":"Could not validate credentials"}'])
    expect(response.headers.get('www-authenticate')).toBe('APIKey')
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'dependency',
      name: 'get_current_user',
      check: 'jwt-malformed',
    })
  })

  it('refuses the JWT once its exp has passed, even when the cookie is still sent', async () => {
    clock = NOW + 30 * 60_000
    const response = await client.get('/users/me', cookie(`access_token=${JOHN_AT_NOW}`))
    clock = NOW
    expect(response.status).toBe(401)
    expect(response.record.steps.at(-1)).toMatchObject({ name: 'get_current_user', check: 'jwt-expired' })
  })
})
