import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { API_KEY_IN_QUERY } from './mistake-ids'
import { createOptionalAuthApp } from './optional-auth-app'
// main.py's document as today's FastAPI serves it; JSON.stringify keeps its key order, so the
// comparison below is byte for byte.
import mainPyDocument from './optional-auth-openapi.json'

describe('the OpenAPI document of optional-auth', () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(createOptionalAuthApp()).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.text).toBe(JSON.stringify(mainPyDocument))
  })

  it('lists the two ways into /reports as alternatives, and every scheme once, in order of first use', () => {
    const document = createOptionalAuthApp().openapi('')
    expect(document).toMatchObject({
      paths: {
        '/greeting': { get: { security: [{ OAuth2PasswordBearer: [] }] } },
        '/reports': { get: { security: [{ OAuth2PasswordBearer: [] }, { APIKeyHeader: [] }] } },
        '/token-readers': { get: { security: [{ OAuth2PasswordBearer: [] }, { HTTPBearer: [] }] } },
        '/digest': { get: { security: [{ HTTPDigest: [] }] } },
      },
    })
    expect(JSON.stringify((document.components as Record<string, unknown>).securitySchemes)).toBe(
      '{"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{"scopes":{},"tokenUrl":"token"}}},' +
        '"APIKeyHeader":{"type":"apiKey","in":"header","name":"X-API-Key"},' +
        '"HTTPBearer":{"type":"http","scheme":"bearer"},"HTTPDigest":{"type":"http","scheme":"digest"}}',
    )
  })

  it('names APIKeyQuery instead, in the same place, with the key-in-the-URL mistake on', () => {
    const document = createOptionalAuthApp(new Set([API_KEY_IN_QUERY])).openapi('')
    expect(JSON.stringify((document.paths as Record<string, unknown>)['/reports'])).toBe(
      '{"get":{"summary":"Read Reports","operationId":"read_reports_reports_get","responses":{"200":' +
        '{"description":"Successful Response","content":{"application/json":{"schema":{}}}}},' +
        '"security":[{"OAuth2PasswordBearer":[]},{"APIKeyQuery":[]}]}}',
    )
    expect(JSON.stringify((document.components as Record<string, unknown>).securitySchemes)).toContain(
      '"APIKeyQuery":{"type":"apiKey","in":"query","name":"api_key"},"HTTPBearer"',
    )
  })

  it('gains the root path as its first server under a sub-path', async () => {
    const client = createTestClient(createOptionalAuthApp(), 'http://localhost:4173/learn/oauth2/')
    const document = (await client.get('/openapi.json')).json()
    expect(document).toMatchObject({ servers: [{ url: '/learn/oauth2' }] })
  })
})
