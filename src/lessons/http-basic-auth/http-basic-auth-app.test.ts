import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createHttpBasicAuthApp } from './http-basic-auth-app'

const client = createTestClient(createHttpBasicAuthApp())
const NOT_AUTHENTICATED = '{"detail":"Not authenticated"}'

function basic(authorization: string | undefined) {
  return { headers: authorization === undefined ? undefined : { authorization } }
}

describe('tutorial006: GET /users/me behind HTTPBasic', () => {
  it.each([
    ['valid', 'Basic am9objpzZWNyZXQ=', '{"username":"john","password":"secret"}'],
    ['scheme in lower case', 'basic am9objpzZWNyZXQ=', '{"username":"john","password":"secret"}'],
    ['scheme in upper case', 'BASIC am9objpzZWNyZXQ=', '{"username":"john","password":"secret"}'],
    ['both empty', 'Basic Og==', '{"username":"","password":""}'],
    ['empty password', 'Basic am9objo=', '{"username":"john","password":""}'],
    ['colon in password', 'Basic am9objpzZTpjcmV0', '{"username":"john","password":"se:cret"}'],
    ['junk character', 'Basic am9o!bjpzZWNyZXQ=', '{"username":"john","password":"secret"}'],
    ['data after padding', 'Basic am9objpzZWNyZXQ=am9o', '{"username":"john","password":"secret"}'],
    ['+ and /', 'Basic YT8+OmI=', '{"username":"a?>","password":"b"}'],
    ['two spaces', 'Basic  am9objpzZWNyZXQ=', '{"username":"john","password":"secret"}'],
  ])('%s: 200 with the decoded pair', async (_case, authorization, body) => {
    const response = await client.get('/users/me', basic(authorization))
    expect(response.status).toBe(200)
    expect(response.text).toBe(body)
    expect(response.headers.get('www-authenticate')).toBeNull()
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it.each([
    ['none', undefined, 'no-authorization-header'],
    ['empty header', '', 'no-authorization-header'],
    ['not base64', 'Basic notabase64token', 'invalid-base64'],
    ['no colon', 'Basic am9obnNlY3JldA==', 'no-colon'],
    ['Bearer scheme', 'Bearer am9objpzZWNyZXQ=', 'wrong-scheme'],
    ['no param', 'Basic', 'no-colon'],
    ['UTF-8 username', 'Basic asO2aG46c2VjcmV0', 'not-ascii'],
    ['missing padding', 'Basic am9objpzZWNyZXQ', 'invalid-base64'],
    ['URL-safe variant', 'Basic YT8-OmI=', 'invalid-base64'],
  ])('%s: 401 Not authenticated with WWW-Authenticate: Basic', async (_case, authorization, reason) => {
    const response = await client.get('/users/me', basic(authorization))
    expect(response.status).toBe(401)
    expect(response.text).toBe(NOT_AUTHENTICATED)
    expect(response.headers.get('www-authenticate')).toBe('Basic')
    expect(response.headers.get('content-length')).toBe('30')
    expect(response.record.steps.at(-1)).toMatchObject({ stage: 'security', result: 'rejected', reason })
  })

  it('redirects /users/me/ to /users/me before security, with an empty body', async () => {
    const response = await client.get('/users/me/', { ...basic('Basic am9objpzZWNyZXQ='), followRedirects: false })
    expect(response.status).toBe(307)
    expect(response.text).toBe('')
    expect(response.headers.get('location')).toBe('http://testserver/users/me')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('keeps the credentials across that redirect, as a browser does', async () => {
    const response = await client.get('/users/me/', basic('Basic am9objpzZWNyZXQ='))
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"username":"john","password":"secret"}')
  })

  it('answers a wrong method with 405 and allow: GET, before asking for credentials', async () => {
    const response = await client.post('/users/me')
    expect(response.status).toBe(405)
    expect(response.text).toBe('{"detail":"Method Not Allowed"}')
    expect(response.headers.get('allow')).toBe('GET')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('has no token route: there is nothing to log in to', async () => {
    const response = await client.post('/token')
    expect(response.status).toBe(404)
    expect(response.text).toBe('{"detail":"Not Found"}')
  })

  it('records the username it decoded, never the password', async () => {
    const response = await client.get('/users/me', basic('Basic am9objpzZWNyZXQ='))
    expect(response.record.steps).toEqual([
      { stage: 'routing', result: 'matched', route: { method: 'GET', path: '/users/me', name: 'read_current_user' } },
      {
        stage: 'security',
        scheme: 'HTTPBasic',
        result: 'passed',
        sentScheme: 'Basic',
        credentials: 'john',
        dependency: 'security',
        handedTo: 'read_current_user',
      },
      { stage: 'endpoint', result: 'returned', name: 'read_current_user' },
    ])
  })
})
