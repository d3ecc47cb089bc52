import { describe, expect, it } from 'vitest'
import { oauth2PasswordBearer } from './oauth2-password-bearer'

const scheme = oauth2PasswordBearer({ tokenUrl: 'token' })

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate({ headers, url: 'http://testserver/' })
}

describe('OAuth2PasswordBearer', () => {
  it.each([
    ['Bearer testtoken', 'testtoken'],
    ['bearer testtoken', 'testtoken'],
    ['BEARER testtoken', 'testtoken'],
    ['BeArEr testtoken', 'testtoken'],
    ['Bearer', ''],
    ['Bearer  testtoken', 'testtoken'],
    ['Bearer a b', 'a b'],
    ['Bearer a.b.c==', 'a.b.c=='],
    ['Bearer testtoken\x0b', 'testtoken'],
  ])('lets %j through with the token %j', (authorization, token) => {
    expect(authenticate(authorization)).toMatchObject({ ok: true, credentials: token })
  })

  it.each([
    [undefined, 'no-authorization-header'],
    ['', 'no-authorization-header'],
    ['Bearer\ttesttoken', 'wrong-scheme'],
    ['Bearertesttoken', 'wrong-scheme'],
    ['Basic dGVzdDp0ZXN0', 'wrong-scheme'],
    ['Notexistent testtoken', 'wrong-scheme'],
  ])('rejects %j (%s) with 401 Not authenticated and a plain Bearer challenge', (authorization, reason) => {
    const outcome = authenticate(authorization)
    expect(outcome).toMatchObject({ ok: false, reason })
    if (outcome.ok) return
    expect(outcome.exception.statusCode).toBe(401)
    expect(outcome.exception.detail).toBe('Not authenticated')
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Bearer' })
  })

  it.each([
    [undefined, 'no-authorization-header', null],
    ['Basic dGVzdDp0ZXN0', 'wrong-scheme', 'Basic'],
    ['Bearertesttoken', 'wrong-scheme', 'Bearertesttoken'],
  ])('hands None on for %j (%s) with auto_error=False', (authorization, none, sentScheme) => {
    const headers = new Headers()
    if (authorization !== undefined) headers.set('authorization', authorization)
    const optional = oauth2PasswordBearer({ tokenUrl: 'token', autoError: false })
    expect(optional.authenticate({ headers, url: 'http://testserver/' })).toEqual({
      ok: true,
      credentials: null,
      none,
      sentScheme,
    })
  })

  it('lets an empty token through with auto_error=False too: only a missing or other scheme is None', () => {
    const optional = oauth2PasswordBearer({ tokenUrl: 'token', autoError: false })
    const headers = new Headers({ authorization: 'Bearer' })
    expect(optional.authenticate({ headers, url: 'http://testserver/' })).toMatchObject({ ok: true, credentials: '' })
  })

  it('describes itself as FastAPI does, keeping the tokenUrl relative', () => {
    expect(oauth2PasswordBearer({ tokenUrl: 'token', scopes: { me: 'Read me.' } }).openapi).toEqual({
      type: 'oauth2',
      flows: { password: { scopes: { me: 'Read me.' }, tokenUrl: 'token' } },
    })
  })
})

// FastAPI 0.92's get_authorization_scheme_param (fastapi/security/utils.py there) is a bare
// `partition(" ")`: the token keeps its whitespace (row `bearer-token-not-stripped` of
// docs/fastapi-behaviour.md#what-fastapi-092-did-differently); the check and its 401 are the same.
describe('OAuth2PasswordBearer in FastAPI 0.92', () => {
  function authenticate092(authorization?: string) {
    const headers = new Headers()
    if (authorization !== undefined) headers.set('authorization', authorization)
    return scheme.authenticate({ headers, url: 'http://testserver/' }, '0.92')
  }

  it.each([
    ['Bearer  testtoken', ' testtoken', ['bearer-token-not-stripped']],
    ['Bearer testtoken\u000b', 'testtoken\u000b', ['bearer-token-not-stripped']],
    ['Bearer testtoken', 'testtoken', []],
    ['Bearer', '', []],
  ])('hands on %j as %j', (authorization, token, releaseChanges) => {
    expect(authenticate092(authorization)).toMatchObject({ ok: true, credentials: token, releaseChanges })
  })

  it('refuses another scheme with the same 401 as today, unmarked', () => {
    const outcome = authenticate092('Basic dGVzdDp0ZXN0')
    expect(outcome).toMatchObject({ ok: false, reason: 'wrong-scheme' })
    expect(outcome.releaseChanges ?? []).toEqual([])
    if (!outcome.ok) expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Bearer' })
  })
})
