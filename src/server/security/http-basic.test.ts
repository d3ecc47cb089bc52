import { describe, expect, it } from 'vitest'
import { httpBasic } from './http-basic'

const scheme = httpBasic()

function authenticate(authorization?: string) {
  const headers = new Headers()
  if (authorization !== undefined) headers.set('authorization', authorization)
  return scheme.authenticate({ headers, url: 'http://testserver/' })
}

describe('HTTPBasic', () => {
  it.each([
    ['Basic am9objpzZWNyZXQ=', 'john', 'secret'],
    ['basic am9objpzZWNyZXQ=', 'john', 'secret'],
    ['BASIC am9objpzZWNyZXQ=', 'john', 'secret'],
    ['Basic  am9objpzZWNyZXQ=', 'john', 'secret'],
    ['Basic am9o!bjpzZWNyZXQ=', 'john', 'secret'],
    ['Basic am9objpzZWNyZXQ=am9o', 'john', 'secret'],
    ['Basic YT8+OmI=', 'a?>', 'b'],
    ['Basic Og==', '', ''],
    ['Basic am9objo=', 'john', ''],
    ['Basic am9objpzZTpjcmV0', 'john', 'se:cret'],
  ])('lets %j through as %j / %j', (authorization, username, password) => {
    expect(authenticate(authorization)).toEqual({
      ok: true,
      credentials: { username, password },
      sentScheme: authorization.split(' ')[0],
      shown: username,
    })
  })

  it.each([
    [undefined, 'no-authorization-header', null],
    ['', 'no-authorization-header', null],
    ['Bearer am9objpzZWNyZXQ=', 'wrong-scheme', 'Bearer'],
    ['Basic\tam9objpzZWNyZXQ=', 'wrong-scheme', 'Basic\tam9objpzZWNyZXQ='],
    ['Basicam9objpzZWNyZXQ=', 'wrong-scheme', 'Basicam9objpzZWNyZXQ='],
    ['Basic notabase64token', 'invalid-base64', 'Basic'],
    ['Basic am9objpzZWNyZXQ', 'invalid-base64', 'Basic'],
    ['Basic YT8-OmI=', 'invalid-base64', 'Basic'],
    ['Basic asO2aG46c2VjcmV0', 'not-ascii', 'Basic'],
    ['Basic am9obnNlY3JldA==', 'no-colon', 'Basic'],
    ['Basic a=m9o', 'no-colon', 'Basic'],
    ['Basic', 'no-colon', 'Basic'],
  ])('rejects %j (%s) with 401 Not authenticated and a Basic challenge', (authorization, reason, sentScheme) => {
    const outcome = authenticate(authorization)
    expect(outcome).toMatchObject({ ok: false, reason, sentScheme })
    if (outcome.ok) return
    expect(outcome.exception.statusCode).toBe(401)
    expect(outcome.exception.detail).toBe('Not authenticated')
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Basic' })
  })

  it('refuses a Latin-1 "é" sent as one byte, as the browser’s btoa would encode it', () => {
    expect(authenticate(`Basic ${btoa('sebasti\u00e1n:secret')}`)).toMatchObject({ ok: false, reason: 'not-ascii' })
  })

  it('names the realm in the challenge when one is given', () => {
    const outcome = httpBasic({ realm: 'playground' }).authenticate({
      headers: new Headers(),
      url: 'http://testserver/',
    })
    expect(outcome.ok ? undefined : outcome.exception.headers).toEqual({
      'WWW-Authenticate': 'Basic realm="playground"',
    })
  })

  it('hands None on for a missing header or another scheme with auto_error=False, but refuses bad credentials', () => {
    const optional = httpBasic({ autoError: false })
    const url = 'http://testserver/'
    expect(optional.authenticate({ headers: new Headers(), url })).toMatchObject({ credentials: null })
    const bearer = new Headers({ authorization: 'Bearer x' })
    expect(optional.authenticate({ headers: bearer, url })).toMatchObject({ credentials: null, none: 'wrong-scheme' })
    const broken = new Headers({ authorization: 'Basic notabase64token' })
    expect(optional.authenticate({ headers: broken, url })).toMatchObject({ ok: false, reason: 'invalid-base64' })
  })

  it('describes itself as FastAPI does', () => {
    expect(scheme.name).toBe('HTTPBasic')
    expect(scheme.openapi).toEqual({ type: 'http', scheme: 'basic' })
  })
})

// FastAPI 0.92's HTTPBasic.__call__ (fastapi/security/http.py there): a wrong or missing scheme is
// 401 "Not authenticated" as today, but credentials that do not decode are 401 "Invalid
// authentication credentials" (row `basic-invalid-credentials` of
// docs/fastapi-behaviour.md#what-fastapi-092-did-differently), and b64decode gets the parameter
// unstripped (row `bearer-token-not-stripped`).
describe('HTTPBasic in FastAPI 0.92', () => {
  function authenticate092(authorization?: string) {
    const headers = new Headers()
    if (authorization !== undefined) headers.set('authorization', authorization)
    return scheme.authenticate({ headers, url: 'http://testserver/' }, '0.92')
  }

  it.each([
    ['Basic notabase64token', 'invalid-base64'],
    ['Basic asO2aG46c2VjcmV0', 'not-ascii'],
    ['Basic am9obnNlY3JldA==', 'no-colon'],
    ['Basic', 'no-colon'],
  ])('calls %j (%s) Invalid authentication credentials', (authorization, reason) => {
    const outcome = authenticate092(authorization)
    expect(outcome).toMatchObject({ ok: false, reason, releaseChanges: ['basic-invalid-credentials'] })
    if (outcome.ok) return
    expect(outcome.exception.statusCode).toBe(401)
    expect(outcome.exception.detail).toBe('Invalid authentication credentials')
    expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'Basic' })
  })

  it.each([undefined, 'Bearer am9objpzZWNyZXQ='])('refuses %j as today: Not authenticated, unmarked', (value) => {
    const outcome = authenticate092(value)
    expect(outcome).toMatchObject({ ok: false, releaseChanges: [] })
    if (!outcome.ok) expect(outcome.exception.detail).toBe('Not authenticated')
  })

  it('fails on a trailing no-break space that today’s strip removes', () => {
    expect(authenticate092('Basic am9objpzZWNyZXQ=\u00a0')).toMatchObject({
      ok: false,
      reason: 'invalid-base64',
      releaseChanges: ['basic-invalid-credentials', 'bearer-token-not-stripped'],
    })
    expect(authenticate('Basic am9objpzZWNyZXQ=\u00a0')).toMatchObject({ ok: true })
  })

  it('decodes good credentials as today', () => {
    expect(authenticate092('Basic  am9objpzZWNyZXQ=')).toMatchObject({ ok: true, credentials: { username: 'john' } })
  })
})
