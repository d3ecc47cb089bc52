import { describe, expect, it } from 'vitest'
import { createTestClient, form } from '../../testing/test-client'
import { createSimpleOAuth2App } from './simple-oauth2-app'

const client = createTestClient(createSimpleOAuth2App())
const JOHN_TOKEN = '{"access_token":"johndoe","token_type":"bearer"}'
const INCORRECT = '{"detail":"Incorrect username or password"}'
const missing = (...fields: string[]) =>
  JSON.stringify({
    detail: fields.map((field) => ({ type: 'missing', loc: ['body', field], msg: 'Field required', input: null })),
  })

describe('tutorial003: POST /token checks the password form against fake_users_db', () => {
  it.each([
    ['login', 'username=johndoe&password=secret', JOHN_TOKEN],
    ['disabled user logs in', 'username=alice&password=secret2', '{"access_token":"alice","token_type":"bearer"}'],
    ['with grant_type', 'grant_type=password&username=johndoe&password=secret', JOHN_TOKEN],
    [
      'with scope and client',
      'username=johndoe&password=secret&scope=me+items&client_id=cid&client_secret=csec',
      JOHN_TOKEN,
    ],
    ['empty grant_type', 'grant_type=&username=johndoe&password=secret', JOHN_TOKEN],
  ])('%s: 200 with the username as the token', async (_case, body, expected) => {
    const response = await client.post('/token', form(body))
    expect(response.status).toBe(200)
    expect(response.text).toBe(expected)
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it('ignores the Basic Og== header Swagger UI adds to the token request', async () => {
    const response = await client.post('/token', {
      body: 'grant_type=password&username=johndoe&password=secret',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic Og==' },
    })
    expect(response.status).toBe(200)
    expect(response.text).toBe(JOHN_TOKEN)
  })

  it.each([
    ['wrong password', 'username=johndoe&password=incorrect', 'The password does not match johndoe'],
    ['unknown user', 'username=foo&password=secret', 'No user is called "foo"'],
    ['username case', 'username=JohnDoe&password=secret', 'did you mean "johndoe"'],
    ['alice with johndoe’s password', 'username=alice&password=secret', 'The password does not match alice'],
  ])('%s: 400 Incorrect username or password, no WWW-Authenticate', async (_case, body, why) => {
    const response = await client.post('/token', form(body))
    expect(response.status).toBe(400)
    expect(response.text).toBe(INCORRECT)
    expect(response.headers.get('www-authenticate')).toBeNull()
    const step = response.record.steps.at(-1)
    expect(step).toMatchObject({ stage: 'endpoint', result: 'raised', name: 'login', status: 400 })
    expect(step && 'why' in step ? step.why : undefined).toContain(why)
  })

  it.each([
    [
      'bad grant_type',
      'grant_type=foo&username=johndoe&password=secret',
      '{"detail":[{"type":"string_pattern_mismatch","loc":["body","grant_type"],' +
        '"msg":"String should match pattern \'^password$\'","input":"foo","ctx":{"pattern":"^password$"}}]}',
    ],
    ['no password', 'username=johndoe', missing('password')],
    ['no username', 'password=secret', missing('username')],
    ['no body', '', missing('username', 'password')],
    ['empty username', 'username=&password=secret', missing('username')],
    ['empty password', 'username=johndoe&password=', missing('password')],
  ])('%s: 422 before login runs', async (_case, body, expected) => {
    const response = await client.post('/token', form(body))
    expect(response.status).toBe(422)
    expect(response.text).toBe(expected)
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('answers a request with no body at all with 422 missing(username, password)', async () => {
    const response = await client.post('/token')
    expect(response.status).toBe(422)
    expect(response.text).toBe(missing('username', 'password'))
  })

  it('reads a JSON body as an empty form: 422 for both fields', async () => {
    const response = await client.post('/token', {
      body: '{"username":"johndoe","password":"secret"}',
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(422)
    expect(response.text).toBe(missing('username', 'password'))
  })

  it('accepts the same fields as multipart form data', async () => {
    const body = new FormData()
    body.set('username', 'johndoe')
    body.set('password', 'secret')
    const response = await client.post('/token', { body })
    expect(response.status).toBe(200)
    expect(response.text).toBe(JOHN_TOKEN)
  })

  it('answers GET /token with 405 and allow: POST', async () => {
    const response = await client.get('/token')
    expect(response.status).toBe(405)
    expect(response.text).toBe('{"detail":"Method Not Allowed"}')
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('redirects POST /token/ to /token with a 307 and an empty body', async () => {
    const response = await client.post('/token/', {
      ...form('username=johndoe&password=secret'),
      followRedirects: false,
    })
    expect(response.status).toBe(307)
    expect(response.text).toBe('')
    expect(response.headers.get('location')).toBe('http://testserver/token')
    expect(response.headers.get('content-length')).toBe('0')
  })

  it('logs in after following the POST /token/ redirect, which keeps the method and body', async () => {
    const response = await client.post('/token/', form('username=johndoe&password=secret'))
    expect(response.status).toBe(200)
    expect(response.text).toBe(JOHN_TOKEN)
  })
})
