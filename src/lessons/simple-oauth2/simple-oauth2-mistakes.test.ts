// The lesson's mistakes, each answered as the faulty app would be by today's FastAPI. The JSON
// body shapes follow FastAPI's own tests (tests/test_tutorial/test_body/test_tutorial001.py:
// test_post_form_for_json, test_post_broken_body) and fastapi/routing.py's body reading.
import { describe, expect, it } from 'vitest'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { ABSOLUTE_TOKEN_URL, JSON_LOGIN, NO_MULTIPART, PERSIST_AUTHORIZATION, TOKEN_KEY } from './mistake-ids'
import { createSimpleOAuth2App } from './simple-oauth2-app'

const withMistake = (id: string) => createSimpleOAuth2App(new Set([id]))
const json = (body: string) => ({ body, headers: { 'content-type': 'application/json' } })
const SWAGGER_FORM = 'grant_type=password&username=johndoe&password=secret'

describe('json-login: the login route takes a Pydantic model, read as JSON', () => {
  const client = createTestClient(withMistake(JSON_LOGIN))

  it('answers Swagger UI’s password form with 422: the body is not a JSON object', async () => {
    const response = await client.post('/token', form(SWAGGER_FORM))
    expect(response.status).toBe(422)
    expect(response.text).toBe(
      '{"detail":[{"type":"model_attributes_type","loc":["body"],"msg":"Input should be a valid dictionary or ' +
        'object to extract fields from","input":"grant_type=password&username=johndoe&password=secret"}]}',
    )
    expect(response.record.steps).toContainEqual(
      expect.objectContaining({ stage: 'json-body', result: 'failed', model: 'LoginRequest' }),
    )
  })

  it('logs in with the same username and password sent as JSON', async () => {
    const response = await client.post('/token', json('{"username": "johndoe", "password": "secret"}'))
    expect(response.text).toBe('{"access_token":"johndoe","token_type":"bearer"}')
  })

  it.each([
    [
      '{some broken json}',
      '{"detail":[{"type":"json_invalid","loc":["body",1],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting property name enclosed in double quotes"}}]}',
    ],
    [
      '{"username": "johndoe"}',
      '{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":{"username":"johndoe"}}]}',
    ],
    [
      '{"username": 1, "password": null}',
      '{"detail":[{"type":"string_type","loc":["body","username"],"msg":"Input should be a valid string","input":1},{"type":"string_type","loc":["body","password"],"msg":"Input should be a valid string","input":null}]}',
    ],
    [
      '["johndoe", "secret"]',
      '{"detail":[{"type":"model_attributes_type","loc":["body"],"msg":"Input should be a valid dictionary or object to extract fields from","input":["johndoe","secret"]}]}',
    ],
    ['null', '{"detail":[{"type":"missing","loc":["body"],"msg":"Field required","input":null}]}'],
    ['', '{"detail":[{"type":"missing","loc":["body"],"msg":"Field required","input":null}]}'],
  ])('answers the JSON body %j with FastAPI’s 422', async (body, expected) => {
    const response = await client.post('/token', json(body))
    expect(response.status).toBe(422)
    expect(response.text).toBe(expected)
  })

  it('reads a body with no content type as JSON, and one that is not UTF-8 not at all', async () => {
    const login = '{"username": "johndoe", "password": "secret"}'
    const untyped = await client.post('/token', { body: new TextEncoder().encode(login) })
    expect(untyped.status).toBe(200)
    // A string body gets text/plain from fetch: not JSON to FastAPI, so the model sees bytes.
    const plain = await client.post('/token', { body: login })
    expect(plain.status).toBe(422)
    const latin1 = await client.post('/token', {
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
      headers: { 'content-type': 'application/json' },
    })
    expect(latin1.status).toBe(400)
    expect(latin1.text).toBe('{"detail":"There was an error parsing the body"}')
  })

  it('documents the body as application/json with the LoginRequest schema', () => {
    const document = withMistake(JSON_LOGIN).openapi('')
    expect(JSON.stringify(document)).toContain(
      '"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LoginRequest"}}},"required":true}',
    )
    expect(JSON.stringify(document)).toContain(
      '"LoginRequest":{"properties":{"username":{"type":"string","title":"Username"},"password":{"type":"string","title":"Password"}},"type":"object","required":["username","password"],"title":"LoginRequest"}',
    )
    expect(JSON.stringify(document)).not.toContain('Body_login_token_post')
  })
})

describe('token-key: the login answer names the token "token"', () => {
  const client = createTestClient(withMistake(TOKEN_KEY))

  it('still logs in, but without access_token', async () => {
    const response = await client.post('/token', form(SWAGGER_FORM))
    expect(response.text).toBe('{"token":"johndoe","token_type":"bearer"}')
  })

  it('refuses the "undefined" Swagger UI then sends, and says where it came from', async () => {
    const response = await client.get('/users/me', { headers: bearer('undefined') })
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Not authenticated"}')
    expect(response.record.steps).toContainEqual(
      expect.objectContaining({
        stage: 'dependency',
        name: 'get_current_user',
        result: 'raised',
        why: expect.stringContaining('access_token') as string,
      }),
    )
  })
})

describe('absolute-token-url: tokenUrl="/token"', () => {
  it('changes only the tokenUrl the OpenAPI document gives Swagger UI', () => {
    const faulty = JSON.stringify(withMistake(ABSOLUTE_TOKEN_URL).openapi('/learn'))
    const tutorial = JSON.stringify(createSimpleOAuth2App().openapi('/learn'))
    expect(faulty).toBe(tutorial.replace('"tokenUrl":"token"', '"tokenUrl":"/token"'))
  })
})

describe('no-multipart: python-multipart is not installed', () => {
  it('never starts: every request fails with no answer, and the record says why', async () => {
    const { response, record } = await withMistake(NO_MULTIPART).handle(
      new Request('http://testserver/openapi.json'),
      '',
    )
    expect(response.type).toBe('error')
    expect(record.steps).toEqual([
      {
        stage: 'startup',
        result: 'failed',
        error:
          'RuntimeError: Form data requires "python-multipart" to be installed. \nYou can install "python-multipart" with: \n\npip install python-multipart\n',
      },
    ])
  })
})

describe('persist-authorization', () => {
  it('is a parameter for Swagger UI only: routes and OpenAPI document are the tutorial’s', () => {
    const app = withMistake(PERSIST_AUTHORIZATION)
    expect(app.swaggerUiParameters).toEqual({ persistAuthorization: true })
    expect(createSimpleOAuth2App().swaggerUiParameters).toEqual({})
    expect(app.openapi('')).toEqual(createSimpleOAuth2App().openapi(''))
  })
})
