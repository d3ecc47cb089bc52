import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createHttpBasicAuthCheckApp } from './http-basic-auth-check-app'

// tutorial007's document as FastAPI serves it: the dependency adds nothing, so it is tutorial006's.
const TUTORIAL007_DOCUMENT =
  '{"openapi":"3.1.0","info":{"title":"FastAPI","version":"0.1.0"},"paths":{"/users/me":{"get":' +
  '{"summary":"Read Current User","operationId":"read_current_user_users_me_get","responses":{"200":' +
  '{"description":"Successful Response","content":{"application/json":{"schema":{}}}}},' +
  '"security":[{"HTTPBasic":[]}]}}},"components":{"securitySchemes":' +
  '{"HTTPBasic":{"type":"http","scheme":"basic"}}}}'

describe("tutorial007's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(createHttpBasicAuthCheckApp()).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.text).toBe(TUTORIAL007_DOCUMENT)
  })
})
