import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient } from '../../testing/test-client'
import { createOAuth2ScopesApp } from './oauth2-scopes-app'
// tutorial005's document as today's FastAPI serves it (docs/fastapi-behaviour.md#openapi-documents);
// JSON.stringify keeps its key order, so the comparison below is byte for byte.
import tutorial005Document from './tutorial005-openapi.json'

const app = createOAuth2ScopesApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current' as const })

describe("tutorial005's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(app).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.text).toBe(JSON.stringify(tutorial005Document))
  })

  it('lists the required scopes per operation, outermost first, and describes both scopes', () => {
    expect(app.openapi('')).toMatchObject({
      paths: {
        '/users/me/': { get: { security: [{ OAuth2PasswordBearer: ['me'] }] } },
        '/users/me/items/': { get: { security: [{ OAuth2PasswordBearer: ['items', 'me'] }] } },
        '/status/': { get: { security: [{ OAuth2PasswordBearer: [] }] } },
      },
      components: {
        securitySchemes: {
          OAuth2PasswordBearer: {
            flows: {
              password: { scopes: { me: 'Read information about the current user.', items: 'Read items.' } },
            },
          },
        },
      },
    })
  })
})
