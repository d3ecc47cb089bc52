import { describe, expect, it } from 'vitest'
import { bearer, createTestClient, type TestResponse } from '../../testing/test-client'
import { createSimpleOAuth2App } from './simple-oauth2-app'

const client = createTestClient(createSimpleOAuth2App())
const JOHN =
  '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false,' +
  '"hashed_password":"fakehashedsecret"}'
/** The learner-facing reason the stand-in recorded for an HTTPException. */
function whyOf(response: TestResponse): string | undefined {
  const step = response.record.steps.at(-1)
  return step && 'why' in step ? step.why : undefined
}
const NOT_AUTHENTICATED = '{"detail":"Not authenticated"}'

describe('tutorial003: GET /users/me looks the token up as a username', () => {
  it.each([['Bearer johndoe'], ['bearer johndoe'], ['Bearer  johndoe']])(
    '%j: 200 with the stored user, hashed_password included',
    async (authorization) => {
      const response = await client.get('/users/me', { headers: { authorization } })
      expect(response.status).toBe(200)
      expect(response.text).toBe(JOHN)
      expect(response.headers.get('www-authenticate')).toBeNull()
    },
  )

  it.each([
    ['no token', undefined, 'security'],
    ['wrong scheme', 'Notexistent testtoken', 'security'],
    ['unknown token', 'Bearer nonexistent', 'dependency'],
    ['token case', 'Bearer JohnDoe', 'dependency'],
    ['empty token', 'Bearer', 'dependency'],
    ['an inherited object key', 'Bearer constructor', 'dependency'],
  ])('%s: 401 Not authenticated with WWW-Authenticate: Bearer', async (_case, authorization, stage) => {
    const headers = authorization === undefined ? undefined : { authorization }
    const response = await client.get('/users/me', { headers })
    expect(response.status).toBe(401)
    expect(response.text).toBe(NOT_AUTHENTICATED)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(response.record.steps.at(-1)?.stage).toBe(stage)
  })

  it.each([
    ['nonexistent', 'No user is called "nonexistent"'],
    ['JohnDoe', 'did you mean "johndoe"'],
    ['', 'The token is empty'],
  ])('explains the 401 for the token %j in the learner’s terms', async (token, why) => {
    const response = await client.get('/users/me', { headers: { authorization: `Bearer ${token}`.trim() } })
    expect(response.status).toBe(401)
    expect(whyOf(response)).toContain(why)
  })

  it('records that get_current_user raised for a token that names nobody, so read_users_me never ran', async () => {
    const response = await client.get('/users/me', { headers: bearer('nobody') })
    expect(response.record.steps.slice(1)).toEqual([
      expect.objectContaining({ stage: 'security', result: 'passed', handedTo: 'get_current_user' }),
      {
        stage: 'dependency',
        result: 'raised',
        name: 'get_current_user',
        status: 401,
        detail: 'Not authenticated',
        why: 'No user is called "nobody". In this app the token must be a username, exactly.',
        neverRan: ['get_current_active_user', 'read_users_me'],
      },
    ])
  })

  it('records each dependency returning, in the order FastAPI runs them, then read_users_me', async () => {
    const response = await client.get('/users/me', { headers: bearer('johndoe') })
    expect(response.record.steps.slice(2)).toEqual([
      { stage: 'dependency', result: 'returned', name: 'get_current_user', handedTo: 'get_current_active_user' },
      { stage: 'dependency', result: 'returned', name: 'get_current_active_user', handedTo: 'read_users_me' },
      { stage: 'endpoint', result: 'returned', name: 'read_users_me' },
    ])
  })

  it('refuses the disabled alice with 400 Inactive user and no WWW-Authenticate', async () => {
    const response = await client.get('/users/me', { headers: bearer('alice') })
    expect(response.status).toBe(400)
    expect(response.text).toBe('{"detail":"Inactive user"}')
    expect(response.headers.get('www-authenticate')).toBeNull()
    expect(response.record.steps.slice(1)).toEqual([
      {
        stage: 'security',
        scheme: 'OAuth2PasswordBearer',
        result: 'passed',
        sentScheme: 'Bearer',
        credentials: 'alice',
        dependency: 'oauth2_scheme',
        handedTo: 'get_current_user',
      },
      { stage: 'dependency', result: 'returned', name: 'get_current_user', handedTo: 'get_current_active_user' },
      {
        stage: 'dependency',
        result: 'raised',
        name: 'get_current_active_user',
        status: 400,
        detail: 'Inactive user',
        why: 'the token names alice, but alice is disabled',
        neverRan: ['read_users_me'],
      },
    ])
  })

  it('redirects /users/me/ to /users/me before security runs', async () => {
    const response = await client.get('/users/me/', { headers: bearer('johndoe'), followRedirects: false })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('http://testserver/users/me')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('answers a wrong method with 405 and allow: GET, before security', async () => {
    const response = await client.post('/users/me', { headers: bearer('johndoe') })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('accepts the token that POST /token hands out', async () => {
    const login = await client.post('/token', {
      body: 'grant_type=password&username=johndoe&password=secret',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    const { access_token: token } = login.json() as { access_token: string }
    const response = await client.get('/users/me', { headers: bearer(token) })
    expect(response.text).toBe(JOHN)
  })
})
