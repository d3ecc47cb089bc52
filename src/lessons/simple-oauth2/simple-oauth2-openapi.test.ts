import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createSimpleOAuth2App } from './simple-oauth2-app'

const json = (content: string) => `{"application/json":{"schema":${content}}}`
const ref = (name: string) => `{"$ref":"#/components/schemas/${name}"}`
const nullable = (type: string) => `"anyOf":[{"type":"${type}"},{"type":"null"}]`

// tutorial003's document as FastAPI serves it, key for key and byte for byte.
const TUTORIAL003_DOCUMENT =
  '{"openapi":"3.1.0","info":{"title":"FastAPI","version":"0.1.0"},"paths":{' +
  '"/token":{"post":{"summary":"Login","operationId":"login_token_post",' +
  `"requestBody":{"content":{"application/x-www-form-urlencoded":{"schema":${ref('Body_login_token_post')}}},` +
  '"required":true},"responses":{' +
  `"200":{"description":"Successful Response","content":${json('{}')}},` +
  `"422":{"description":"Validation Error","content":${json(ref('HTTPValidationError'))}}}}},` +
  '"/users/me":{"get":{"summary":"Read Users Me","operationId":"read_users_me_users_me_get","responses":{' +
  `"200":{"description":"Successful Response","content":${json('{}')}}},` +
  '"security":[{"OAuth2PasswordBearer":[]}]}}},' +
  '"components":{"schemas":{' +
  '"Body_login_token_post":{"properties":{' +
  '"grant_type":{"anyOf":[{"type":"string","pattern":"^password$"},{"type":"null"}],"title":"Grant Type"},' +
  '"username":{"type":"string","title":"Username"},' +
  '"password":{"type":"string","format":"password","title":"Password"},' +
  '"scope":{"type":"string","title":"Scope","default":""},' +
  `"client_id":{${nullable('string')},"title":"Client Id"},` +
  `"client_secret":{${nullable('string')},"format":"password","title":"Client Secret"}},` +
  '"type":"object","required":["username","password"],"title":"Body_login_token_post"},' +
  '"HTTPValidationError":{"properties":{"detail":{"items":{"$ref":"#/components/schemas/ValidationError"},' +
  '"type":"array","title":"Detail"}},"type":"object","title":"HTTPValidationError"},' +
  '"ValidationError":{"properties":{' +
  '"loc":{"items":{"anyOf":[{"type":"string"},{"type":"integer"}]},"type":"array","title":"Location"},' +
  '"msg":{"type":"string","title":"Message"},"type":{"type":"string","title":"Error Type"},' +
  '"input":{"title":"Input"},"ctx":{"type":"object","title":"Context"}},' +
  '"type":"object","required":["loc","msg","type"],"title":"ValidationError"}},' +
  '"securitySchemes":{"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"token"}}}}}}'

describe("tutorial003's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(createSimpleOAuth2App()).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.text).toBe(TUTORIAL003_DOCUMENT)
  })

  it('gains the root path as its first server under a sub-path', async () => {
    const client = createTestClient(createSimpleOAuth2App(), 'http://localhost:4173/learn/oauth2/')
    const response = await client.get('/openapi.json')
    expect(response.text).toBe(
      TUTORIAL003_DOCUMENT.replace('"version":"0.1.0"},', '"version":"0.1.0"},"servers":[{"url":"/learn/oauth2"}],'),
    )
  })
})
