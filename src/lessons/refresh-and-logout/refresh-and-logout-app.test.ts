import { describe, expect, it } from 'vitest'
import type { DecisionStep } from '../../server/exchange-record'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { FIXTURE_TOKENS } from '../../testing/fixture-tokens'
import { seededRandomIds } from '../../testing/current-fastapi/seeded-random-ids'
import { bearer, createTestClient, form, type TestResponse } from '../../testing/test-client'
import { createRefreshAndLogoutApp } from './refresh-and-logout-app'

// 15 January 2026, 12:00:00.250 UTC. The facts below are main.py's answers on FastAPI 0.165.0 with
// its clock frozen there and secrets.token_urlsafe seeded as the agreement test seeds it.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const SESSION = 'gC_DsZdQrTYKqJSCIDxqow'
const LOGIN =
  '{"access_token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2lkIjoiZ0NfRHNaZFFyVFlLcUpTQ0lEeHFvdyIsImp0aSI6InU4UF8zZGN6eDN2SXdiNXo4aE9kQWciLCJleHAiOjE3Njg0Nzg3MDB9.a2Us-_sTCQccE_jHwq61ToxPpzAluxYMGKN8h9UXPkI",' +
  '"token_type":"bearer","expires_in":300,"refresh_token":"heoOxauKQY6w73T7omBMj7k7XsgpUzrz7o2lv7c9iuw"}'
const REFRESHED =
  '{"access_token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2lkIjoiZ0NfRHNaZFFyVFlLcUpTQ0lEeHFvdyIsImp0aSI6ImUxdUdOU2JnbHppOEZQbXViYWIzSVEiLCJleHAiOjE3Njg0Nzg3MDB9.7uqr5wsN6x3-KiNB1qBXLVsrYSgACc3NbBknVqdt4bo",' +
  '"token_type":"bearer","expires_in":300,"refresh_token":"jvKjBfW1lHmfS61ICjUHs8BMXRpXxCD9Qu3rw8hcZCs"}'
const INVALID_REFRESH = '{"detail":"Invalid refresh token"}'
const INVALID = '{"detail":"Could not validate credentials"}'
const USER = '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false}'

/** A fresh app, its clock at NOW plus `minutes()`, its ids seeded. */
function fresh(minutes: () => number = () => 0) {
  return createTestClient(
    createRefreshAndLogoutApp({
      passwords: directPasswordVerifier,
      now: () => NOW + minutes() * 60_000,
      release: 'current',
      randomId: seededRandomIds(),
    }),
  )
}

type Client = ReturnType<typeof fresh>

interface Pair {
  readonly access_token: string
  readonly refresh_token: string
}

async function logIn(client: Client): Promise<Pair> {
  const response = await client.post('/token', form('grant_type=password&username=johndoe&password=secret'))
  expect(response.status).toBe(200)
  return response.json() as Pair
}

const refresh = (client: Client, token: string) =>
  client.post('/token', form(`grant_type=refresh_token&refresh_token=${token}`))

/** The step that raised, from a dependency or the path function. */
function raised(response: TestResponse): Extract<DecisionStep, { result: 'raised' }> | undefined {
  return response.record.steps.find(
    (step): step is Extract<DecisionStep, { result: 'raised' }> =>
      (step.stage === 'dependency' || step.stage === 'endpoint') && step.result === 'raised',
  )
}

describe('refresh-and-logout: POST /token', { timeout: 30_000 }, () => {
  it('logs in with a five-minute JWT carrying sid and jti, and a refresh token, as main.py does', async () => {
    const client = fresh()
    const response = await client.post('/token', form('grant_type=password&username=johndoe&password=secret'))
    expect(response.status).toBe(200)
    expect(response.text).toBe(LOGIN)
  })

  it('rotates: a refresh gets a new pair in the same session, the old refresh token spent', async () => {
    const client = fresh()
    const login = await logIn(client)
    const refreshed = await refresh(client, login.refresh_token)
    expect(refreshed.text).toBe(REFRESHED)
    // What the answer read of main.py's memory, for the TestClient test to put back.
    expect(refreshed.record.remembered).toEqual([
      {
        dict: 'refresh_tokens',
        key: login.refresh_token,
        value: { username: 'johndoe', session: SESSION, expires_at: Math.floor(NOW / 1000) + 7 * 24 * 3600 },
      },
    ])
  })

  it('refuses a spent refresh token and ends its session, so the newer one fails too', async () => {
    const client = fresh()
    const login = await logIn(client)
    const newer = (await refresh(client, login.refresh_token)).json() as Pair
    const reused = await refresh(client, login.refresh_token)
    expect([reused.status, reused.text, reused.headers.get('www-authenticate')]).toEqual([
      401,
      INVALID_REFRESH,
      'Bearer',
    ])
    expect(raised(reused)).toMatchObject({ name: 'login_for_access_token', check: 'refresh-token-reused' })
    expect(reused.record.remembered).toEqual([
      { dict: 'spent_refresh_tokens', key: login.refresh_token, value: SESSION },
    ])
    const afterReuse = await refresh(client, newer.refresh_token)
    expect([afterReuse.status, afterReuse.text]).toEqual([401, INVALID_REFRESH])
    expect(raised(afterReuse)?.check).toBe('refresh-token-reuse-ended')
    expect(raised(afterReuse)?.why).toMatch(/^refresh_tokens no longer holds it: its session ended just now/)
    // Access tokens already issued still work until their exp.
    expect((await client.get('/users/me/', { headers: bearer(newer.access_token) })).text).toBe(USER)
  })

  it('refuses an unknown, empty or missing refresh token, without changing anything', async () => {
    const client = fresh()
    const login = await logIn(client)
    for (const fields of [
      'grant_type=refresh_token',
      'grant_type=refresh_token&refresh_token=',
      'grant_type=refresh_token&refresh_token=nope',
    ]) {
      const response = await client.post('/token', form(fields))
      expect([response.status, response.text], fields).toEqual([401, INVALID_REFRESH])
      expect(raised(response)?.check).toBe('refresh-token-unknown')
    }
    expect((await refresh(client, login.refresh_token)).status).toBe(200)
  })

  it('refuses a refresh token seven days old', async () => {
    let minutes = 0
    const client = fresh(() => minutes)
    const login = await logIn(client)
    minutes = 7 * 24 * 60
    const response = await refresh(client, login.refresh_token)
    expect([response.status, response.text]).toEqual([401, INVALID_REFRESH])
    expect(raised(response)?.check).toBe('refresh-token-expired')
    // Taken out all the same: it is not on record any more.
    expect(raised(await refresh(client, login.refresh_token))?.check).toBe('refresh-token-unknown')
  })

  it('answers a grant_type it does not know with FastAPI’s literal_error, and a missing one with missing', async () => {
    const client = fresh()
    const wrong = await client.post('/token', form('grant_type=x&username=johndoe&password=secret'))
    expect([wrong.status, wrong.text]).toEqual([
      422,
      '{"detail":[{"type":"literal_error","loc":["body","grant_type"],"msg":"Input should be \'password\' or \'refresh_token\'","input":"x","ctx":{"expected":"\'password\' or \'refresh_token\'"}}]}',
    ])
    const missing = await client.post('/token', form('username=johndoe&password=secret'))
    expect([missing.status, missing.text]).toEqual([
      422,
      '{"detail":[{"type":"missing","loc":["body","grant_type"],"msg":"Field required","input":null}]}',
    ])
  })

  it('answers a failed login 401 with a Bearer challenge, an empty password included', async () => {
    const client = fresh()
    for (const fields of ['grant_type=password', 'grant_type=password&username=johndoe&password=wrong']) {
      const response = await client.post('/token', form(fields))
      expect([response.status, response.text, response.headers.get('www-authenticate')], fields).toEqual([
        401,
        '{"detail":"Incorrect username or password"}',
        'Bearer',
      ])
    }
  })
})

describe('refresh-and-logout: the access token and POST /logout', { timeout: 30_000 }, () => {
  it('lets the access token run out after five minutes, get_token_claims deciding', async () => {
    let minutes = 0
    const client = fresh(() => minutes)
    const login = await logIn(client)
    expect((await client.get('/users/me/', { headers: bearer(login.access_token) })).text).toBe(USER)
    minutes = 5
    const expired = await client.get('/users/me/', { headers: bearer(login.access_token) })
    expect([expired.status, expired.text]).toEqual([401, INVALID])
    expect(raised(expired)).toMatchObject({ name: 'get_token_claims', check: 'jwt-expired' })
  })

  it('revokes the access token it is called with: a good signature and exp no longer do', async () => {
    const client = fresh()
    const login = await logIn(client)
    const logout = await client.post('/logout', { headers: bearer(login.access_token) })
    expect([logout.status, logout.text]).toEqual([200, '{"message":"Logged out"}'])
    const revoked = await client.get('/users/me/', { headers: bearer(login.access_token) })
    expect([revoked.status, revoked.text, revoked.headers.get('www-authenticate')]).toEqual([401, INVALID, 'Bearer'])
    expect(raised(revoked)).toMatchObject({
      name: 'get_token_claims',
      check: 'jti-revoked',
      neverRan: ['get_current_user', 'get_current_active_user', 'read_users_me'],
    })
    expect(revoked.record.remembered).toEqual([
      { dict: 'revoked_jtis', key: 'u8P_3dczx3vIwb5z8hOdAg', value: Math.floor(NOW / 1000) + 300 },
    ])
    expect((await client.post('/logout', { headers: bearer(login.access_token) })).status).toBe(401)
  })

  it('ends the session: its refresh token no longer works', async () => {
    const client = fresh()
    const login = await logIn(client)
    await client.post('/logout', { headers: bearer(login.access_token) })
    const response = await refresh(client, login.refresh_token)
    expect([response.status, response.text]).toEqual([401, INVALID_REFRESH])
    expect(raised(response)?.check).toBe('refresh-token-logged-out')
  })

  it('refuses lesson 4’s tokens, signed with the same key, for the claims they lack', async () => {
    const client = fresh()
    const response = await client.get('/users/me/', { headers: bearer(FIXTURE_TOKENS['john-exp2100']) })
    expect([response.status, response.text]).toEqual([401, INVALID])
    expect(raised(response)).toMatchObject({ name: 'get_token_claims', check: 'jwt-missing-claim' })
    expect(raised(response)?.why).toBe('the token has no sid claim (or it is null), and the app requires one')
  })

  it('asks for a token before anything else', async () => {
    const client = fresh()
    const response = await client.post('/logout')
    expect([response.status, response.text, response.headers.get('www-authenticate')]).toEqual([
      401,
      '{"detail":"Not authenticated"}',
      'Bearer',
    ])
  })
})
