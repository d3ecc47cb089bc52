// Pinned against fastapi/security/http.py, HTTPDigest.__call__, of the release in
// src/testing/current-fastapi/requirements.txt (docs/fastapi-behaviour.md#httpdigest).
import { describe, expect, it } from 'vitest'
import { httpDigest } from './http-digest'

function connection(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return { headers, url: 'http://testserver/' }
}

describe('HTTPDigest', () => {
  const scheme = httpDigest()

  it.each([
    ['Digest x', 'Digest', 'x'],
    ['digest x', 'digest', 'x'],
    ['DIGEST  x y', 'DIGEST', 'x y'],
    ['Digest username="john", response="made-up"', 'Digest', 'username="john", response="made-up"'],
  ])(
    'hands %j on as scheme %j and credentials %j, checking nothing of RFC 7616',
    (authorization, sent, credentials) => {
      expect(scheme.authenticate(connection(authorization))).toEqual({
        ok: true,
        credentials: { scheme: sent, credentials },
        sentScheme: sent,
        shown: credentials,
      })
    },
  )

  it.each([
    [undefined, 'no-authorization-header', null],
    ['', 'no-authorization-header', null],
    ['Digest', 'no-credentials', 'Digest'],
    ['Digest ', 'no-credentials', 'Digest'],
    ['Digestx', 'no-credentials', 'Digestx'],
    ['Bearer x', 'wrong-scheme', 'Bearer'],
    ['Basic am9objpzZWNyZXQ=', 'wrong-scheme', 'Basic'],
  ])('refuses %j (%s) with 401 Not authenticated and the bare challenge Digest', (authorization, reason, sent) => {
    const outcome = scheme.authenticate(connection(authorization))
    expect(outcome).toMatchObject({ ok: false, reason, sentScheme: sent })
    if (outcome.ok) return
    expect(outcome.exception.statusCode).toBe(401)
    expect(outcome.exception.detail).toBe('Not authenticated')
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Digest' })
  })

  it.each([
    [undefined, 'no-authorization-header'],
    ['Digest', 'no-credentials'],
    ['Bearer x', 'wrong-scheme'],
  ])('hands None on for %j with auto_error=False', (authorization, none) => {
    expect(httpDigest({ autoError: false }).authenticate(connection(authorization))).toMatchObject({
      ok: true,
      credentials: null,
      none,
    })
  })

  it('describes itself as FastAPI does', () => {
    expect(scheme.name).toBe('HTTPDigest')
    expect(JSON.stringify(scheme.openapi)).toBe('{"type":"http","scheme":"digest"}')
  })
})
