// Pinned against fastapi/security/api_key.py of the release in src/testing/current-fastapi/
// requirements.txt, each case as FastAPI's TestClient answered it there
// (docs/fastapi-behaviour.md#api-keys-apikeyheader-apikeyquery-apikeycookie).
import { describe, expect, it } from 'vitest'
import { apiKeyCookie, apiKeyHeader, apiKeyQuery } from './api-key'

function connection(options: { headers?: Record<string, string>; query?: string } = {}) {
  return { headers: new Headers(options.headers), url: `http://testserver/items${options.query ?? ''}` }
}

describe('APIKeyHeader', () => {
  const scheme = apiKeyHeader({ name: 'X-Key' })

  it.each([
    [{ 'x-key': 'abc' }, 'abc'],
    [{ 'X-KEY': 'a b' }, 'a b'],
    [{ 'X-Key': 'Bearer abc' }, 'Bearer abc'],
  ])('hands on %j as the key %j, unchecked and whatever the letter case of the name', (headers, key) => {
    expect(scheme.authenticate(connection({ headers }))).toEqual({
      ok: true,
      credentials: key,
      sentScheme: '',
      shown: key,
    })
  })

  it.each([[{}], [{ 'x-key': '' }], [{ 'x-other': 'abc' }]])(
    'refuses %j with 401 Not authenticated and the challenge APIKey',
    (headers) => {
      const outcome = scheme.authenticate(connection({ headers }))
      expect(outcome).toMatchObject({ ok: false, reason: 'no-api-key', sentScheme: null })
      if (outcome.ok) return
      expect(outcome.exception.statusCode).toBe(401)
      expect(outcome.exception.detail).toBe('Not authenticated')
      expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'APIKey' })
    },
  )

  it('hands None on instead with auto_error=False, and still hands on a key that came', () => {
    const optional = apiKeyHeader({ name: 'X-Key', autoError: false })
    expect(optional.authenticate(connection())).toEqual({
      ok: true,
      credentials: null,
      none: 'no-api-key',
      sentScheme: null,
    })
    expect(optional.authenticate(connection({ headers: { 'x-key': '' } }))).toMatchObject({ credentials: null })
    expect(optional.authenticate(connection({ headers: { 'x-key': 'abc' } }))).toMatchObject({ credentials: 'abc' })
  })

  it('describes itself as FastAPI does, and says where it looks', () => {
    expect(scheme.name).toBe('APIKeyHeader')
    expect(JSON.stringify(scheme.openapi)).toBe('{"type":"apiKey","in":"header","name":"X-Key"}')
    expect(scheme.apiKey).toEqual({ in: 'header', name: 'X-Key' })
  })
})

describe('APIKeyQuery', () => {
  const scheme = apiKeyQuery({ name: 'key' })

  it.each([
    ['?key=abc', 'abc'],
    ['?key=a+b%20c', 'a b c'],
    ['?key=1&key=2', '2'],
    ['?key=%zz', '%zz'],
    ['?key=%FF', '\ufffd'],
    ['?other=1&key=x%3Dy', 'x=y'],
  ])('reads %s as the key %j', (query, key) => {
    expect(scheme.authenticate(connection({ query }))).toMatchObject({ ok: true, credentials: key, shown: key })
  })

  it.each(['', '?key=', '?key', '?KEY=1', '?a=1;key=2', '?key=1&key='])(
    'refuses %j with 401 Not authenticated and the challenge APIKey',
    (query) => {
      const outcome = scheme.authenticate(connection({ query }))
      expect(outcome).toMatchObject({ ok: false, reason: 'no-api-key' })
      if (!outcome.ok) expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'APIKey' })
    },
  )

  it('hands None on instead with auto_error=False', () => {
    const optional = apiKeyQuery({ name: 'key', autoError: false })
    expect(optional.authenticate(connection({ query: '?key=' }))).toMatchObject({ ok: true, credentials: null })
  })

  it('describes itself as FastAPI does', () => {
    expect(scheme.name).toBe('APIKeyQuery')
    expect(JSON.stringify(scheme.openapi)).toBe('{"type":"apiKey","in":"query","name":"key"}')
  })
})

describe('APIKeyCookie', () => {
  const scheme = apiKeyCookie({ name: 'session' })

  it.each([
    ['session=abc', 'abc'],
    ['a=1; session=abc; b=2', 'abc'],
    ['session="a\\"b"', 'a"b'],
    ['session="\\101"', 'A'],
    [' session = x y ', 'x y'],
    ['session=a=b', 'a=b'],
    ['session=1; session=2', '2'],
    ['x; session=q', 'q'],
  ])('reads the Cookie header %j as the key %j', (cookie, key) => {
    expect(scheme.authenticate(connection({ headers: { cookie } }))).toMatchObject({ ok: true, credentials: key })
  })

  it.each(['', 'session=', 'session', 'SESSION=x', 'session=""'])(
    'refuses the Cookie header %j with 401 Not authenticated and the challenge APIKey',
    (cookie) => {
      const outcome = scheme.authenticate(connection({ headers: { cookie } }))
      expect(outcome).toMatchObject({ ok: false, reason: 'no-api-key' })
      if (!outcome.ok) expect(outcome.exception.headers).toEqual({ 'WWW-Authenticate': 'APIKey' })
    },
  )

  it('hands None on instead with auto_error=False', () => {
    const optional = apiKeyCookie({ name: 'session', autoError: false })
    expect(optional.authenticate(connection({ headers: { cookie: 'session=' } }))).toMatchObject({ credentials: null })
  })

  it('describes itself as FastAPI does', () => {
    expect(scheme.name).toBe('APIKeyCookie')
    expect(JSON.stringify(scheme.openapi)).toBe('{"type":"apiKey","in":"cookie","name":"session"}')
  })
})
