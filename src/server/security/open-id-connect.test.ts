import { describe, expect, it } from 'vitest'
import { openIdConnect } from './open-id-connect'

const scheme = openIdConnect('https://idp.example/.well-known/openid-configuration')

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate({ headers, url: 'http://testserver/' })
}

describe('OpenIdConnect', () => {
  it('documents only the discovery document’s address', () => {
    expect(scheme.openapi).toEqual({
      type: 'openIdConnect',
      openIdConnectUrl: 'https://idp.example/.well-known/openid-configuration',
    })
  })

  it.each(['Bearer x', 'bearer  y', 'Basic z', 'Bearer'])('hands over the whole header %j, scheme and all', (value) => {
    expect(authenticate(value)).toMatchObject({ ok: true, credentials: value })
  })

  it.each([undefined, ''])('answers 401 Not authenticated with a Bearer challenge to %j', (value) => {
    const outcome = authenticate(value)
    expect(outcome).toMatchObject({ ok: false, reason: 'no-authorization-header' })
    if (outcome.ok) return
    expect([outcome.exception.statusCode, outcome.exception.detail]).toEqual([401, 'Not authenticated'])
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Bearer' })
  })
})
