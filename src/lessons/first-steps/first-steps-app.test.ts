import { describe, expect, it } from 'vitest'
import { createTestClient, form } from '../../testing/test-client'
import { STAND_IN_TOKEN_SWITCH } from '../stand-in-token'
import { createFirstStepsApp } from './first-steps-app'

const client = createTestClient(createFirstStepsApp(new Set()))
const NOT_AUTHENTICATED = '{"detail":"Not authenticated"}'

describe('tutorial001: GET /items/ behind OAuth2PasswordBearer', () => {
  it.each([
    ['no token', '/items', undefined],
    ['wrong scheme', '/items', 'Notexistent testtoken'],
    ['no token, exact path', '/items/', undefined],
    ['empty header', '/items/', ''],
    ['tab separator', '/items/', 'Bearer\ttesttoken'],
    ['glued scheme and token', '/items/', 'Bearertesttoken'],
    ['Basic scheme', '/items/', 'Basic dGVzdDp0ZXN0'],
  ])('%s: 401 Not authenticated with WWW-Authenticate: Bearer', async (_case, path, authorization) => {
    const headers = authorization === undefined ? undefined : { authorization }
    const response = await client.get(path, { headers })
    expect(response.status).toBe(401)
    expect(response.text).toBe(NOT_AUTHENTICATED)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('content-length')).toBe('30')
  })

  it.each([
    ['Bearer testtoken', '{"token":"testtoken"}'],
    ['bearer testtoken', '{"token":"testtoken"}'],
    ['BEARER testtoken', '{"token":"testtoken"}'],
    ['BeArEr testtoken', '{"token":"testtoken"}'],
    ['Bearer', '{"token":""}'],
    ['Bearer ', '{"token":""}'],
    ['Bearer  testtoken', '{"token":"testtoken"}'],
    ['Bearer testtoken ', '{"token":"testtoken"}'],
    ['Bearer a b', '{"token":"a b"}'],
    [' Bearer testtoken', '{"token":"testtoken"}'],
    ['Bearer a.b.c==', '{"token":"a.b.c=="}'],
  ])('%j: 200 %s', async (authorization, body) => {
    const response = await client.get('/items/', { headers: { authorization } })
    expect(response.status).toBe(200)
    expect(response.text).toBe(body)
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('follows the trailing-slash redirect before checking the token', async () => {
    const response = await client.get('/items', { headers: { authorization: 'Bearer testtoken' } })
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"token":"testtoken"}')
  })

  it('redirects /items to /items/ with an empty body, keeping the query string', async () => {
    const response = await client.get('/items?x=1&y=2', { followRedirects: false })
    expect(response.status).toBe(307)
    expect(response.text).toBe('')
    expect(response.headers.get('location')).toBe('http://testserver/items/?x=1&y=2')
    expect(response.headers.get('content-length')).toBe('0')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('answers a wrong method with 405 and allow: GET, before security', async () => {
    const response = await client.post('/items/', { headers: { authorization: 'Bearer testtoken' } })
    expect(response.status).toBe(405)
    expect(response.text).toBe('{"detail":"Method Not Allowed"}')
    expect(response.headers.get('allow')).toBe('GET')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('answers HEAD with 405, no body, and the length of the body it would have had', async () => {
    const response = await client.request('HEAD', '/items/', { headers: { authorization: 'Bearer testtoken' } })
    expect(response.status).toBe(405)
    expect(response.text).toBe('')
    expect(response.headers.get('allow')).toBe('GET')
    expect(response.headers.get('content-length')).toBe('31')
  })

  it('follows POST /items to /items/ and then answers 405', async () => {
    const response = await client.post('/items')
    expect(response.status).toBe(405)
  })

  it('answers unknown paths with 404 Not Found', async () => {
    for (const path of ['/nope', '/ITEMS/', '/items//']) {
      const response = await client.get(path)
      expect(response.status, path).toBe(404)
      expect(response.text).toBe('{"detail":"Not Found"}')
    }
  })

  it('has no token route: the password form gets 404', async () => {
    const response = await client.post('/token', form('username=johndoe&password=secret'))
    expect(response.status).toBe(404)
    expect(response.text).toBe('{"detail":"Not Found"}')
  })

  it('records why it answered: the security check, before read_items ran', async () => {
    const response = await client.get('/items/', { headers: { authorization: 'Basic abc' } })
    expect(response.record.steps).toEqual([
      { stage: 'routing', result: 'matched', route: { method: 'GET', path: '/items/', name: 'read_items' } },
      {
        stage: 'security',
        scheme: 'OAuth2PasswordBearer',
        result: 'rejected',
        reason: 'wrong-scheme',
        sentScheme: 'Basic',
        dependency: 'oauth2_scheme',
        neverRan: ['read_items'],
      },
    ])
  })
})

describe('tutorial001 with the stand-in token endpoint', () => {
  const withToken = createTestClient(createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH])))

  it('answers the password form with the username as the token', async () => {
    const response = await withToken.post('/token', form('grant_type=password&username=alice&password=secret'))
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"access_token":"alice","token_type":"bearer"}')
  })

  it('validates the form as FastAPI would', async () => {
    const response = await withToken.post('/token', form('password=secret'))
    expect(response.status).toBe(422)
    expect(response.text).toBe(
      '{"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null}]}',
    )
  })

  it('stays out of the OpenAPI document', async () => {
    const plain = await client.get('/openapi.json')
    const response = await withToken.get('/openapi.json')
    expect(response.text).toBe(plain.text)
  })
})
