import { describe, expect, it } from 'vitest'
import { oauth2PasswordBearer } from './oauth2-password-bearer'

const scheme = oauth2PasswordBearer({ tokenUrl: 'token' })

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate(headers)
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

  it('describes itself as FastAPI does, keeping the tokenUrl relative', () => {
    expect(oauth2PasswordBearer({ tokenUrl: 'token', scopes: { me: 'Read me.' } }).openapi).toEqual({
      type: 'oauth2',
      flows: { password: { scopes: { me: 'Read me.' }, tokenUrl: 'token' } },
    })
  })
})
