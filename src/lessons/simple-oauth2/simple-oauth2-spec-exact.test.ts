// The spec-exact switch: the app as main_spec_exact.py, whose answers FastAPI 0.165 gave as pinned
// here (run with its TestClient; current-fastapi-agreement.test.ts compares them all over HTTP).
import { describe, expect, it } from 'vitest'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { SPEC_EXACT_SWITCH } from '../shared/spec-exact-switch'
import { createSimpleOAuth2App } from './simple-oauth2-app'

const client = createTestClient(createSimpleOAuth2App(new Set([SPEC_EXACT_SWITCH])))
const tokenError = (error: string, description: string) => JSON.stringify({ error, error_description: description })

describe('main_spec_exact.py: POST /token in RFC 6749’s words', () => {
  it('hands out the token with no-store and no-cache', async () => {
    const response = await client.post('/token', form('grant_type=password&username=johndoe&password=secret'))
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"access_token":"johndoe","token_type":"bearer"}')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('pragma')).toBe('no-cache')
  })

  it.each([
    ['a wrong password', 'grant_type=password&username=johndoe&password=wrong'],
    ['an unknown user', 'grant_type=password&username=nobody&password=secret'],
  ])('%s: 400 invalid_grant, no challenge', async (_case, body) => {
    const response = await client.post('/token', form(body))
    expect(response.status).toBe(400)
    expect(response.text).toBe(tokenError('invalid_grant', 'Incorrect username or password'))
    expect(response.headers.get('content-length')).toBe('78')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it.each([
    ['no grant_type', 'username=johndoe&password=secret', 'grant_type: Field required'],
    ['an empty grant_type', 'grant_type=&username=johndoe&password=secret', 'grant_type: Field required'],
    ['an empty form', '', 'grant_type: Field required; username: Field required; password: Field required'],
  ])('%s: 400 invalid_request, where main.py answers 422', async (_case, body, description) => {
    const response = await client.post('/token', form(body))
    expect(response.status).toBe(400)
    expect(response.text).toBe(tokenError('invalid_request', description))
    expect(response.headers.get('pragma')).toBe('no-cache')
  })

  it('another grant_type: 400 unsupported_grant_type, even with fields missing', async () => {
    const response = await client.post('/token', form('grant_type=client_credentials&username=johndoe'))
    expect(response.status).toBe(400)
    expect(response.text).toBe(tokenError('unsupported_grant_type', 'The only grant_type here is password'))
  })

  it('a JSON body: every field missing, as FastAPI reads it as a form', async () => {
    const response = await client.post('/token', {
      body: '{"grant_type":"password","username":"johndoe","password":"wrong"}',
      headers: { 'content-type': 'application/json' },
    })
    expect(response.text).toBe(
      tokenError('invalid_request', 'grant_type: Field required; username: Field required; password: Field required'),
    )
  })

  it('leaves FastAPI’s own answers alone: a 405 has no no-store', async () => {
    const response = await client.get('/token')
    expect(response.status).toBe(405)
    expect(response.headers.get('cache-control')).toBeNull()
  })

  it('answers /users/me as main.py does', async () => {
    expect((await client.get('/users/me', { headers: bearer('nobody') })).text).toBe('{"detail":"Not authenticated"}')
    expect((await client.get('/users/me', { headers: bearer('johndoe') })).status).toBe(200)
  })

  it('documents grant_type as required in the login form', async () => {
    const response = await client.get('/openapi.json')
    const document = response.json() as {
      components: { schemas: { Body_login_token_post: { required: string[] } } }
    }
    expect(document.components.schemas.Body_login_token_post.required).toEqual(['grant_type', 'username', 'password'])
  })
})
