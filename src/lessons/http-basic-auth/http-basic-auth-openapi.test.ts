import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createHttpBasicAuthApp } from './http-basic-auth-app'

// tutorial006's document as FastAPI serves it, key for key and byte for byte.
const TUTORIAL006_DOCUMENT =
  '{"openapi":"3.1.0","info":{"title":"FastAPI","version":"0.1.0"},"paths":{"/users/me":{"get":' +
  '{"summary":"Read Current User","operationId":"read_current_user_users_me_get","responses":{"200":' +
  '{"description":"Successful Response","content":{"application/json":{"schema":{}}}}},' +
  '"security":[{"HTTPBasic":[]}]}}},"components":{"securitySchemes":' +
  '{"HTTPBasic":{"type":"http","scheme":"basic"}}}}'

describe("tutorial006's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(createHttpBasicAuthApp()).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.text).toBe(TUTORIAL006_DOCUMENT)
  })

  it('gains the root path as its first server under a sub-path', async () => {
    const client = createTestClient(createHttpBasicAuthApp(), 'http://localhost:4173/learn/oauth2/')
    const response = await client.get('/openapi.json')
    expect(response.text).toBe(
      TUTORIAL006_DOCUMENT.replace(
        '"info":{"title":"FastAPI","version":"0.1.0"},',
        '"info":{"title":"FastAPI","version":"0.1.0"},"servers":[{"url":"/learn/oauth2"}],',
      ),
    )
  })
})
