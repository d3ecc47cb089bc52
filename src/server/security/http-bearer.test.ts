// Pinned against fastapi/security/http.py, HTTPBearer.__call__ (docs/fastapi-behaviour.md#httpbearer).
import { describe, expect, it } from 'vitest'
import { httpBearer } from './http-bearer'

const scheme = httpBearer()

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate({ headers, url: 'http://testserver/' })
}

describe('HTTPBearer', () => {
  it.each([
    ['Bearer abc', 'Bearer', 'abc'],
    ['bearer abc', 'bearer', 'abc'],
    ['Bearer  abc', 'Bearer', 'abc'],
    ['Bearer a b', 'Bearer', 'a b'],
  ])('hands %j to the endpoint as scheme %j and credentials %j', (authorization, sent, token) => {
    expect(authenticate(authorization)).toMatchObject({ ok: true, credentials: { scheme: sent, credentials: token } })
  })

  it.each([
    [undefined, 'no-authorization-header'],
    ['Bearer', 'no-credentials'],
    ['Bearertoken', 'no-credentials'],
    ['Basic am9objpzZWNyZXQ=', 'wrong-scheme'],
    ['Token abc', 'wrong-scheme'],
  ])('rejects %j (%s) with 401 Not authenticated and a Bearer challenge', (authorization, reason) => {
    const outcome = authenticate(authorization)
    expect(outcome).toMatchObject({ ok: false, reason })
    if (outcome.ok) return
    expect(outcome.exception.statusCode).toBe(401)
    expect(outcome.exception.detail).toBe('Not authenticated')
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Bearer' })
  })

  it.each([
    [undefined, 'no-authorization-header'],
    ['Bearer', 'no-credentials'],
    ['Basic am9objpzZWNyZXQ=', 'wrong-scheme'],
  ])('hands None on for %j (%s) with auto_error=False', (authorization, none) => {
    const headers = new Headers()
    if (authorization !== undefined) headers.set('authorization', authorization)
    const optional = httpBearer({ autoError: false })
    expect(optional.authenticate({ headers, url: 'http://testserver/' })).toMatchObject({
      ok: true,
      credentials: null,
      none,
    })
    // FastAPI 0.92's HTTPBearer respected auto_error=False for each of these as well.
    expect(optional.authenticate({ headers, url: 'http://testserver/' }, '0.92')).toMatchObject({ credentials: null })
  })

  it('describes itself as an http bearer scheme, with no token URL', () => {
    expect(scheme.openapi).toEqual({ type: 'http', scheme: 'bearer' })
  })
})

// FastAPI 0.92's HTTPBearer.__call__ (/usr/lib/python3/dist-packages/fastapi/security/http.py in
// Debian 12's python3-fastapi): 403 without a challenge (row `security-403` of
// docs/fastapi-behaviour.md#what-fastapi-092-did-differently), credentials not stripped (row
// `bearer-token-not-stripped`).
describe('HTTPBearer in FastAPI 0.92', () => {
  function authenticate092(authorization?: string) {
    const headers = new Headers()
    if (authorization !== undefined) headers.set('authorization', authorization)
    return scheme.authenticate({ headers, url: 'http://testserver/' }, '0.92')
  }

  it.each([
    [undefined, 'no-authorization-header', 'Not authenticated'],
    ['Bearer', 'no-credentials', 'Not authenticated'],
    ['Bearertoken', 'no-credentials', 'Not authenticated'],
    ['Basic am9objpzZWNyZXQ=', 'wrong-scheme', 'Invalid authentication credentials'],
    ['Token abc', 'wrong-scheme', 'Invalid authentication credentials'],
  ])('refuses %j (%s) with 403 %j and no challenge', (authorization, reason, detail) => {
    const outcome = authenticate092(authorization)
    expect(outcome).toMatchObject({ ok: false, reason, releaseChanges: ['security-403'] })
    if (outcome.ok) return
    expect(outcome.exception.statusCode).toBe(403)
    expect(outcome.exception.detail).toBe(detail)
    expect(outcome.exception.headers).toEqual({})
  })

  it('hands on the credentials as sent, whitespace included, and says today’s would strip it', () => {
    expect(authenticate092('Bearer  abc')).toMatchObject({
      ok: true,
      credentials: { scheme: 'Bearer', credentials: ' abc' },
      releaseChanges: ['bearer-token-not-stripped'],
    })
    // Whitespace alone is a token in 0.92; today it strips to nothing and is refused.
    expect(authenticate092('Bearer \u000b')).toMatchObject({ ok: true, releaseChanges: ['bearer-token-not-stripped'] })
    expect(authenticate092('bearer abc')).toMatchObject({ ok: true, releaseChanges: [] })
  })
})
