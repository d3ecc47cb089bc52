import { describe, expect, it } from 'vitest'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { STAND_IN_TOKEN_SWITCH } from '../stand-in-token'
import { createGetCurrentUserApp } from './get-current-user-app'
import { HTTP_BEARER } from './mistake-ids'

const client = createTestClient(createGetCurrentUserApp(new Set()))
const NOT_AUTHENTICATED = '{"detail":"Not authenticated"}'
const johnWithUsername = (username: string) =>
  `{"username":"${username}","email":"john@example.com","full_name":"John Doe","disabled":null}`

describe('tutorial002: GET /users/me builds a user from any bearer token', () => {
  it.each([
    ['no token', undefined],
    ['wrong scheme', 'Notexistent testtoken'],
    ['empty header', ''],
    ['Basic scheme', 'Basic dGVzdDp0ZXN0'],
    ['tab separator', 'Bearer\ttesttoken'],
  ])('%s: 401 Not authenticated with WWW-Authenticate: Bearer', async (_case, authorization) => {
    const headers = authorization === undefined ? undefined : { authorization }
    const response = await client.get('/users/me', { headers })
    expect(response.status).toBe(401)
    expect(response.text).toBe(NOT_AUTHENTICATED)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it.each([
    ['Bearer testtoken', 'testtokenfakedecoded'],
    ['bearer testtoken', 'testtokenfakedecoded'],
    ['Bearer  testtoken', 'testtokenfakedecoded'],
    ['Bearer', 'fakedecoded'],
    ['Bearer alice', 'alicefakedecoded'],
  ])('%j: 200, John Doe called %s', async (authorization, username) => {
    const response = await client.get('/users/me', { headers: { authorization } })
    expect(response.status).toBe(200)
    expect(response.text).toBe(johnWithUsername(username))
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('redirects /users/me/ to /users/me before security runs', async () => {
    const response = await client.get('/users/me/', {
      headers: { authorization: 'Bearer testtoken' },
      followRedirects: false,
    })
    expect(response.status).toBe(307)
    expect(response.text).toBe('')
    expect(response.headers.get('location')).toBe('http://testserver/users/me')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('answers the followed redirect as /users/me', async () => {
    const response = await client.get('/users/me/', { headers: { authorization: 'Bearer testtoken' } })
    expect(response.status).toBe(200)
    expect(response.text).toBe(johnWithUsername('testtokenfakedecoded'))
  })

  it('answers a wrong method with 405 and allow: GET', async () => {
    const response = await client.post('/users/me', { headers: { authorization: 'Bearer testtoken' } })
    expect(response.status).toBe(405)
    expect(response.text).toBe('{"detail":"Method Not Allowed"}')
    expect(response.headers.get('allow')).toBe('GET')
  })

  it('has no token route: the password form gets 404', async () => {
    const response = await client.post('/token', form('grant_type=password&username=johndoe&password=secret'))
    expect(response.status).toBe(404)
    expect(response.text).toBe('{"detail":"Not Found"}')
  })

  it('records the chain: the scheme hands the token to get_current_user, whose user reaches read_users_me', async () => {
    const response = await client.get('/users/me', { headers: { authorization: 'Bearer testtoken' } })
    expect(response.record.steps).toEqual([
      { stage: 'routing', result: 'matched', route: { method: 'GET', path: '/users/me', name: 'read_users_me' } },
      {
        stage: 'security',
        scheme: 'OAuth2PasswordBearer',
        result: 'passed',
        sentScheme: 'Bearer',
        credentials: 'testtoken',
        dependency: 'oauth2_scheme',
        handedTo: 'get_current_user',
      },
      { stage: 'dependency', result: 'returned', name: 'get_current_user', handedTo: 'read_users_me' },
      { stage: 'endpoint', result: 'returned', name: 'read_users_me' },
    ])
  })
})

describe('tutorial002 with the stand-in token endpoint', () => {
  const withToken = createTestClient(createGetCurrentUserApp(new Set([STAND_IN_TOKEN_SWITCH])))

  it('hands back the username as the token, which the fake decoder then trusts', async () => {
    const login = await withToken.post('/token', form('grant_type=password&username=alice&password=anything'))
    expect(login.status).toBe(200)
    expect(login.text).toBe('{"access_token":"alice","token_type":"bearer"}')
    const me = await withToken.get('/users/me', { headers: { authorization: 'Bearer alice' } })
    expect(me.text).toBe(johnWithUsername('alicefakedecoded'))
  })

  it('validates the form as FastAPI would', async () => {
    const response = await withToken.post('/token', form('username=alice'))
    expect(response.status).toBe(422)
    expect(response.text).toBe(
      '{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}',
    )
  })

  it('stays out of the OpenAPI document', async () => {
    const plain = await client.get('/openapi.json')
    const response = await withToken.get('/openapi.json')
    expect(response.text).toBe(plain.text)
  })
})

describe('the http-bearer mistake: HTTPBearer() instead of OAuth2PasswordBearer', () => {
  const app = createGetCurrentUserApp(new Set([HTTP_BEARER]))
  const client = createTestClient(app)

  it('documents an http bearer scheme, which Swagger UI shows as a Value box', () => {
    expect(JSON.stringify(app.openapi(''))).toContain(
      '"securitySchemes":{"HTTPBearer":{"type":"http","scheme":"bearer"}}',
    )
    expect(JSON.stringify(app.openapi(''))).toContain('"security":[{"HTTPBearer":[]}]')
  })

  it('still decodes any token, but wants one', async () => {
    expect((await client.get('/users/me', { headers: bearer('abc') })).text).toBe(
      '{"username":"abcfakedecoded","email":"john@example.com","full_name":"John Doe","disabled":null}',
    )
    const empty = await client.get('/users/me', { headers: { authorization: 'Bearer' } })
    expect(empty.status).toBe(401)
    expect(empty.headers.get('www-authenticate')).toBe('Bearer')
  })
})
