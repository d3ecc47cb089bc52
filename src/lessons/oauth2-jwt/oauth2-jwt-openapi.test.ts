import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient } from '../../testing/test-client'
import { createOAuth2JwtApp } from './oauth2-jwt-app'
// tutorial004's document as FastAPI serves it; JSON.stringify keeps its key order, so the
// comparison below is byte for byte.
import tutorial004Document from './tutorial004-openapi.json'

const app = createOAuth2JwtApp(new Set(), {
  passwords: directPasswordVerifier,
  now: () => 0,
  release: 'current' as const,
})

describe("tutorial004's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(app).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.text).toBe(JSON.stringify(tutorial004Document))
  })

  it('documents the token route with the Token model and the GETs with User and no scopes', () => {
    const document = app.openapi('')
    expect(document).toMatchObject({
      paths: {
        '/token': { post: { operationId: 'login_for_access_token_token_post' } },
        '/users/me/': { get: { security: [{ OAuth2PasswordBearer: [] }] } },
        '/users/me/items/': { get: { operationId: 'read_own_items_users_me_items__get' } },
      },
    })
  })
})
