// The spec-exact switch: the app as main_spec_exact.py, whose answers FastAPI 0.165 gave as pinned
// here (run with its TestClient; current-fastapi-agreement.test.ts compares them all over HTTP).
import { describe, expect, it } from 'vitest'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { SECRET_KEY } from '../shared/jwt-tutorial'
import { SPEC_EXACT_SWITCH } from '../shared/spec-exact-switch'
import { createOAuth2ScopesApp } from './oauth2-scopes-app'

// 15 January 2026, 12:00:00.250 UTC.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const client = createTestClient(
  createOAuth2ScopesApp(
    { passwords: directPasswordVerifier, now: () => NOW, release: 'current' as const },
    new Set([SPEC_EXACT_SWITCH]),
  ),
)
const EXP = Math.floor(NOW / 1000) + 30 * 60
const token = (claims: Record<string, string | number>) => pyjwtEncode({ ...claims, exp: EXP }, SECRET_KEY)

describe('main_spec_exact.py: the routes in RFC 6750’s words', () => {
  it('a good token without the scope: 403 insufficient_scope, naming the scopes the route needs', async () => {
    const response = await client.get('/users/me/items/', {
      headers: bearer(await token({ sub: 'johndoe', scope: 'me' })),
    })
    expect(response.status).toBe(403)
    expect(response.text).toBe('{"detail":"Not enough permissions"}')
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope", scope="items me"')
    expect(response.record.steps.at(-1)).toMatchObject({ stage: 'dependency', status: 403, check: 'missing-scope' })
  })

  it.each([
    ['/users/me/', 'Bearer error="invalid_token", scope="me"'],
    ['/users/me/items/', 'Bearer error="invalid_token", scope="items me"'],
    ['/status/', 'Bearer error="invalid_token"'],
  ])('a token that does not verify on %s: 401 invalid_token', async (path, challenge) => {
    const response = await client.get(path, { headers: bearer('not-a-jwt') })
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Could not validate credentials"}')
    expect(response.headers.get('www-authenticate')).toBe(challenge)
  })

  it('no token at all: OAuth2PasswordBearer’s 401 with a bare Bearer, as RFC 6750 asks', async () => {
    const response = await client.get('/users/me/')
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('a token with every scope still passes', async () => {
    const response = await client.get('/users/me/items/', {
      headers: bearer(await token({ sub: 'johndoe', scope: 'me items' })),
    })
    expect(response.status).toBe(200)
  })
})

describe('main_spec_exact.py: POST /token in RFC 6749’s words', () => {
  it('a wrong password: 400 invalid_grant with no-store', async () => {
    const response = await client.post('/token', form('grant_type=password&username=johndoe&password=wrong'))
    expect(response.status).toBe(400)
    expect(response.text).toBe('{"error":"invalid_grant","error_description":"Incorrect username or password"}')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('a login: the Token, with no-store and no-cache', async () => {
    const response = await client.post('/token', form('grant_type=password&username=johndoe&password=secret&scope=me'))
    expect(response.status).toBe(200)
    expect(response.json()).toEqual({
      access_token: await token({ sub: 'johndoe', scope: 'me' }),
      token_type: 'bearer',
    })
    expect(response.headers.get('pragma')).toBe('no-cache')
  })

  it('no grant_type: 400 invalid_request', async () => {
    const response = await client.post('/token', form('username=johndoe&password=secret'))
    expect(response.text).toBe('{"error":"invalid_request","error_description":"grant_type: Field required"}')
  })
})
