// Pinned against fastapi/security/http.py, HTTPBearer.__call__ (spec §2.4).
import { describe, expect, it } from 'vitest'
import { httpBearer } from './http-bearer'

const scheme = httpBearer()

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate(headers)
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

  it('describes itself as an http bearer scheme, with no token URL', () => {
    expect(scheme.openapi).toEqual({ type: 'http', scheme: 'bearer' })
  })
})
