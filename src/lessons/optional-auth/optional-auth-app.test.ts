// Each answer as main.py gave it on today's FastAPI (src/testing/current-fastapi/requirements.txt),
// through its TestClient; the differential test checks many more over HTTP.
import { describe, expect, it } from 'vitest'
import { createTestClient, form } from '../../testing/test-client'
import { API_KEY_IN_QUERY } from './mistake-ids'
import { createOptionalAuthApp } from './optional-auth-app'

const client = createTestClient(createOptionalAuthApp())

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await client.get(path, { headers })
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: response.text }
}

describe('POST /token: the password form, the token is the username', () => {
  it.each([
    ['username=johndoe&password=secret', 200, '{"access_token":"johndoe","token_type":"bearer"}'],
    ['username=alice&password=secret2', 200, '{"access_token":"alice","token_type":"bearer"}'],
    ['username=johndoe&password=wrong', 400, '{"detail":"Incorrect username or password"}'],
    ['username=JohnDoe&password=secret', 400, '{"detail":"Incorrect username or password"}'],
  ])('%s: %i', async (body, status, text) => {
    const response = await client.post('/token', form(body))
    expect([response.status, response.text, response.headers.get('www-authenticate')]).toEqual([status, text, null])
  })
})

describe('GET /greeting: anonymous or logged in', () => {
  it.each([
    ['no header', {}, '{"message":"Hello, stranger","logged_in":false}'],
    ['another scheme', { authorization: 'Basic am9objpzZWNyZXQ=' }, '{"message":"Hello, stranger","logged_in":false}'],
    ['a token', { authorization: 'Bearer johndoe' }, '{"message":"Hello, John Doe","logged_in":true}'],
    [
      'bearer in lower case',
      { authorization: 'bearer alice' },
      '{"message":"Hello, Alice Wonderson","logged_in":true}',
    ],
  ])('%s: 200', async (_case, headers, body) => {
    expect(await get('/greeting', headers)).toEqual({ status: 200, challenge: null, body })
  })

  it.each([
    ['a token that names no one', 'Bearer nobody'],
    ['an empty token', 'Bearer'],
  ])('%s: 401 Invalid token, not the stranger’s greeting', async (_case, authorization) => {
    expect(await get('/greeting', { authorization })).toEqual({
      status: 401,
      challenge: 'Bearer',
      body: '{"detail":"Invalid token"}',
    })
  })

  it('records the None that oauth2_scheme handed on, and who decided', async () => {
    const response = await client.get('/greeting')
    expect(response.record.steps).toEqual([
      { stage: 'routing', result: 'matched', route: { method: 'GET', path: '/greeting', name: 'read_greeting' } },
      {
        stage: 'security',
        scheme: 'OAuth2PasswordBearer',
        result: 'none',
        reason: 'no-authorization-header',
        sentScheme: null,
        dependency: 'oauth2_scheme',
        handedTo: 'get_optional_user',
      },
      { stage: 'dependency', result: 'returned', name: 'get_optional_user', handedTo: 'read_greeting' },
      { stage: 'endpoint', result: 'returned', name: 'read_greeting' },
    ])
  })
})

describe('GET /reports: a bearer token or an API key', () => {
  it.each([
    ['a token', { authorization: 'Bearer alice' }, '{"caller":"alice","via":"bearer token"}'],
    ['a key', { 'x-api-key': 'robot-key' }, '{"caller":"report-robot","via":"API key"}'],
    [
      'both: the token first',
      { authorization: 'Bearer johndoe', 'x-api-key': 'robot-key' },
      '{"caller":"johndoe","via":"bearer token"}',
    ],
    [
      'a wrong token and a key',
      { authorization: 'Bearer nobody', 'x-api-key': 'robot-key' },
      '{"caller":"report-robot","via":"API key"}',
    ],
    [
      'a token and a wrong key',
      { authorization: 'Bearer alice', 'x-api-key': 'wrong' },
      '{"caller":"alice","via":"bearer token"}',
    ],
  ])('%s: 200', async (_case, headers, body) => {
    expect(await get('/reports', headers)).toEqual({ status: 200, challenge: null, body })
  })

  it.each([
    ['nothing', {}],
    ['an empty key', { 'x-api-key': '' }],
    ['a wrong key and a wrong token', { authorization: 'Bearer nobody', 'x-api-key': 'wrong-key' }],
    ['an empty token', { authorization: 'Bearer' }],
    ['the key in the query string', {}, '/reports?api_key=robot-key'],
  ])('%s: 401 from get_caller, with both challenges', async (_case, headers, path = '/reports') => {
    const response = await client.get(path, { headers })
    expect([response.status, response.headers.get('www-authenticate'), response.text]).toEqual([
      401,
      'Bearer, APIKey',
      '{"detail":"Not authenticated"}',
    ])
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'dependency',
      result: 'raised',
      name: 'get_caller',
      check: 'neither-credential',
      neverRan: ['read_reports'],
    })
  })

  it('says why neither credential would do', async () => {
    const response = await client.get('/reports', { headers: { authorization: 'Bearer nobody' } })
    expect(response.record.steps.at(-1)).toMatchObject({
      why: 'Neither credential names anyone: the bearer token "nobody" names no user, and no X-API-Key header came.',
    })
  })

  it('reads the key from the query string, and no longer from the header, with the mistake on', async () => {
    const faulty = createTestClient(createOptionalAuthApp(new Set([API_KEY_IN_QUERY])))
    expect((await faulty.get('/reports?api_key=robot-key')).text).toBe('{"caller":"report-robot","via":"API key"}')
    expect((await faulty.get('/reports', { headers: { 'x-api-key': 'robot-key' } })).status).toBe(401)
  })
})

describe('GET /token-readers: OAuth2PasswordBearer and HTTPBearer side by side', () => {
  it.each([
    [{}, '{"oauth2_scheme":null,"http_bearer":null}'],
    [{ authorization: 'Bearer' }, '{"oauth2_scheme":"","http_bearer":null}'],
    [{ authorization: 'Bearer x' }, '{"oauth2_scheme":"x","http_bearer":{"scheme":"Bearer","credentials":"x"}}'],
    [{ authorization: 'Basic x' }, '{"oauth2_scheme":null,"http_bearer":null}'],
  ])('%j: 200 %s', async (headers, body) => {
    expect(await get('/token-readers', headers)).toEqual({ status: 200, challenge: null, body })
  })
})

describe('GET /digest: HTTPDigest checks the word and nothing else', () => {
  it.each([undefined, 'Digest', 'Bearer x', 'Digestx'])('%j: 401 with the bare challenge Digest', async (value) => {
    expect(await get('/digest', value === undefined ? {} : { authorization: value })).toEqual({
      status: 401,
      challenge: 'Digest',
      body: '{"detail":"Not authenticated"}',
    })
  })

  it('hands on whatever follows the word, unparsed', async () => {
    expect(await get('/digest', { authorization: 'digest username="a", response="b"' })).toEqual({
      status: 200,
      challenge: null,
      body: '{"scheme":"digest","credentials":"username=\\"a\\", response=\\"b\\""}',
    })
  })
})
