import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient } from '../../testing/test-client'
import { createRefreshAndLogoutApp } from './refresh-and-logout-app'
// The document main.py gets from FastAPI 0.165.0; JSON.stringify keeps its key order, so the
// comparison below is byte for byte.
import mainPyDocument from './refresh-and-logout-openapi.json'

const app = createRefreshAndLogoutApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current' })

describe('the OpenAPI document of refresh-and-logout', () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(app).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.text).toBe(JSON.stringify(mainPyDocument))
  })

  it('offers the two grants as an enum, the other fields with "" as default, and secures logout', () => {
    expect(app.openapi('')).toMatchObject({
      paths: {
        '/logout': { post: { operationId: 'logout_logout_post', security: [{ OAuth2PasswordBearer: [] }] } },
      },
      components: {
        schemas: {
          Body_login_for_access_token_token_post: {
            properties: {
              grant_type: { enum: ['password', 'refresh_token'] },
              refresh_token: { default: '' },
            },
            required: ['grant_type'],
          },
          Token: { required: ['access_token', 'token_type', 'expires_in', 'refresh_token'] },
        },
      },
    })
  })
})
