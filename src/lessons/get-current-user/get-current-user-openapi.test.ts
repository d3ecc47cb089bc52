import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createGetCurrentUserApp } from './get-current-user-app'

// tutorial002's document as FastAPI serves it, key for key and byte for byte.
const TUTORIAL002_DOCUMENT =
  '{"openapi":"3.1.0","info":{"title":"FastAPI","version":"0.1.0"},"paths":{"/users/me":{"get":' +
  '{"summary":"Read Users Me","operationId":"read_users_me_users_me_get","responses":{"200":' +
  '{"description":"Successful Response","content":{"application/json":{"schema":{}}}}},' +
  '"security":[{"OAuth2PasswordBearer":[]}]}}},"components":{"securitySchemes":' +
  '{"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"token"}}}}}}'

describe("tutorial002's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(createGetCurrentUserApp(new Set())).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.text).toBe(TUTORIAL002_DOCUMENT)
  })

  it('gains the root path as its first server under a sub-path', async () => {
    const client = createTestClient(createGetCurrentUserApp(new Set()), 'http://localhost:4173/learn/oauth2/')
    const response = await client.get('/openapi.json')
    expect(response.text).toBe(
      TUTORIAL002_DOCUMENT.replace('"version":"0.1.0"},', '"version":"0.1.0"},"servers":[{"url":"/learn/oauth2"}],'),
    )
  })
})
