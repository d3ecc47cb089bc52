import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
// main.py's document as FastAPI 0.165.0 serves it with IDP_ISSUER=http://testserver/realms/playground
// (the provider's address when the stand-in runs in TestClient's testserver); JSON.stringify keeps its
// key order, so the comparison below is byte for byte.
import mainDocument from './main-openapi.json'
import { createThirdPartyLoginApp } from './third-party-login-app'

const app = createThirdPartyLoginApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current' })

describe('the third-party-login OpenAPI document', () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(app).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.text).toBe(JSON.stringify(mainDocument))
  })

  it('documents both schemes with the provider’s absolute URLs, each on its route', () => {
    expect(app.openapi('')).toMatchObject({
      paths: {
        '/users/me': { get: { security: [{ OAuth2AuthorizationCodeBearer: [] }] } },
        '/items/': { get: { security: [{ OpenIdConnect: [] }] } },
      },
      components: {
        securitySchemes: {
          OAuth2AuthorizationCodeBearer: {
            flows: {
              authorizationCode: {
                authorizationUrl: 'http://testserver/realms/playground/protocol/openid-connect/auth',
                tokenUrl: 'http://testserver/realms/playground/protocol/openid-connect/token',
              },
            },
          },
          OpenIdConnect: { openIdConnectUrl: 'http://testserver/realms/playground/.well-known/openid-configuration' },
        },
      },
    })
  })

  it('gives Swagger UI the client and PKCE, as swagger_ui_init_oauth does', () => {
    expect(app.swaggerUiInitOAuth).toEqual({ clientId: 'playground-docs', usePkceWithAuthorizationCodeGrant: true })
  })
})
