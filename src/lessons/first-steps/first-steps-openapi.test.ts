import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createFirstStepsApp } from './first-steps-app'

// tutorial001's document as FastAPI serves it, key for key and byte for byte.
const TUTORIAL001_DOCUMENT =
  '{"openapi":"3.1.0","info":{"title":"FastAPI","version":"0.1.0"},"paths":{"/items/":{"get":' +
  '{"summary":"Read Items","operationId":"read_items_items__get","responses":{"200":' +
  '{"description":"Successful Response","content":{"application/json":{"schema":{}}}}},' +
  '"security":[{"OAuth2PasswordBearer":[]}]}}},"components":{"securitySchemes":' +
  '{"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"token"}}}}}}'

describe("tutorial001's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte, at the root', async () => {
    const response = await createTestClient(createFirstStepsApp(new Set())).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.text).toBe(TUTORIAL001_DOCUMENT)
  })

  it('gains the root path as its first server under a sub-path, as behind a proxy', async () => {
    const client = createTestClient(createFirstStepsApp(new Set()), 'http://localhost:4173/learn/oauth2/')
    const response = await client.get('/openapi.json')
    const expected = TUTORIAL001_DOCUMENT.replace(
      '"info":{"title":"FastAPI","version":"0.1.0"},',
      '"info":{"title":"FastAPI","version":"0.1.0"},"servers":[{"url":"/learn/oauth2"}],',
    )
    expect(response.text).toBe(expected)
  })

  it('is a GET and HEAD route like the one FastAPI adds', async () => {
    const client = createTestClient(createFirstStepsApp(new Set()))
    const head = await client.request('HEAD', '/openapi.json')
    expect(head.status).toBe(200)
    expect(head.text).toBe('')
    expect(head.headers.get('content-length')).toBe(String(TUTORIAL001_DOCUMENT.length))
    const post = await client.post('/openapi.json')
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })
})
