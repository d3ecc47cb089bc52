import { describe, expect, it } from 'vitest'
import { oauth2AuthorizationCodeBearer } from './oauth2-authorization-code-bearer'

const scheme = oauth2AuthorizationCodeBearer({
  authorizationUrl: 'https://idp.example/authorize',
  tokenUrl: 'https://idp.example/token',
  scopes: { openid: 'Sign in' },
})

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate({ headers, url: 'http://testserver/' })
}

describe('OAuth2AuthorizationCodeBearer', () => {
  it('documents the authorization-code flow in the order FastAPI serialises it', () => {
    expect(JSON.stringify(scheme.openapi)).toBe(
      '{"type":"oauth2","flows":{"authorizationCode":{"scopes":{"openid":"Sign in"},' +
        '"authorizationUrl":"https://idp.example/authorize","tokenUrl":"https://idp.example/token"}}}',
    )
  })

  it.each([
    ['Bearer x', 'x'],
    ['bearer  y ', 'y'],
    ['Bearer', ''],
  ])('lets %j through with the token %j', (authorization, token) => {
    expect(authenticate(authorization)).toMatchObject({ ok: true, credentials: token })
  })

  it.each([
    [undefined, 'no-authorization-header'],
    ['', 'no-authorization-header'],
    ['Basic z', 'wrong-scheme'],
  ])('rejects %j (%s) with 401 Not authenticated and a Bearer challenge', (authorization, reason) => {
    const outcome = authenticate(authorization)
    expect(outcome).toMatchObject({ ok: false, reason })
    if (outcome.ok) return
    expect([outcome.exception.statusCode, outcome.exception.detail]).toEqual([401, 'Not authenticated'])
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Bearer' })
  })
})
