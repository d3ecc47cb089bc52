import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient } from '../../testing/test-client'
import { createRouterDependenciesApp } from './router-dependencies-app'
// The document main.py's app serves on today's FastAPI (docs/fastapi-behaviour.md#openapi-documents);
// JSON.stringify keeps its key order, so the comparison below is byte for byte.
import mainPyDocument from './router-dependencies-openapi.json'

const app = createRouterDependenciesApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current' })

describe("the router-dependencies lesson's OpenAPI document", () => {
  it('is FastAPI’s, byte for byte', async () => {
    const response = await createTestClient(app).get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.text).toBe(JSON.stringify(mainPyDocument))
  })

  it('puts the padlock on every operation of the protected router and on none of the public one', () => {
    const paths = app.openapi('').paths as Record<string, Record<string, { security?: unknown }>>
    const security = Object.entries(paths).map(([path, operations]) => [path, Object.values(operations)[0]?.security])
    expect(security).toEqual([
      ['/token', undefined],
      ['/status', undefined],
      ['/users/me', [{ OAuth2PasswordBearer: [] }]],
      ['/items/', [{ OAuth2PasswordBearer: [] }]],
      ['/admin/users', [{ OAuth2PasswordBearer: [] }]],
      // The router's get_current_user asks for no scope, the route's Security for "reports": merged.
      ['/admin/reports', [{ OAuth2PasswordBearer: ['reports'] }]],
    ])
  })
})
