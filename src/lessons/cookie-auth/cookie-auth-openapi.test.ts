import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient } from '../../testing/test-client'
import { createCookieAuthApp } from './cookie-auth-app'
// main.py's document as the pinned FastAPI serves it; JSON.stringify keeps its key order, so the
// comparison below is byte for byte.
import cookieAuthDocument from './cookie-auth-openapi.json'

const app = createCookieAuthApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current' })

describe('the cookie lesson’s OpenAPI document', () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(app).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.text).toBe(JSON.stringify(cookieAuthDocument))
  })

  it('documents the cookie as an apiKey scheme on GET /users/me only', () => {
    expect(app.openapi('')).toMatchObject({
      paths: {
        '/login': { post: { operationId: 'login_login_post' } },
        '/logout': { post: { operationId: 'logout_logout_post' } },
        '/users/me': { get: { security: [{ APIKeyCookie: [] }] } },
      },
      components: { securitySchemes: { APIKeyCookie: { type: 'apiKey', in: 'cookie', name: 'access_token' } } },
    })
  })
})
