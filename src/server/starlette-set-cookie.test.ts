// Each expected line is what Starlette 1.10's Response.set_cookie or delete_cookie wrote on Python
// 3.11 (the pinned set in src/testing/current-fastapi/requirements.txt), with time-machine stopping
// the clock at NOW.
import { describe, expect, it } from 'vitest'
import {
  CookieError,
  deleteCookieLine,
  pythonCookieDate,
  pythonCookieQuote,
  setCookieLine,
} from './starlette-set-cookie'
import { createSubResponse } from './sub-response'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqb2huZG9lIn0.sig-_x'

describe('set_cookie', () => {
  it.each([
    [
      'the lesson’s login cookie',
      ['access_token', JWT, { httponly: true, samesite: 'lax', path: '/', maxAge: 1800 }] as const,
      `access_token=${JWT}; HttpOnly; Max-Age=1800; Path=/; SameSite=lax`,
    ],
    [
      'a value with a space, quoted',
      ['access_token', 'Bearer abc', {}] as const,
      'access_token="Bearer abc"; Path=/; SameSite=lax',
    ],
    [
      'escapes inside the quotes',
      ['k', 'a"b\\c;d,e \u00e9\u007f\u0001(){}', {}] as const,
      'k="a\\"b\\\\c\\073d\\054e \\351\\177\\001(){}"; Path=/; SameSite=lax',
    ],
    ['an empty value', ['k', '', {}] as const, 'k=""; Path=/; SameSite=lax'],
    ['no path and no samesite', ['k', 'v', { path: null, samesite: null }] as const, 'k=v'],
    [
      'every other attribute, in Morsel’s order',
      ['k', 'v', { secure: true, domain: 'example.org', samesite: 'strict', expires: 60 }] as const,
      'k=v; Domain=example.org; expires=Thu, 15 Jan 2026 12:01:00 GMT; Path=/; SameSite=strict; Secure',
    ],
    ['a negative Max-Age, as given', ['k', 'v', { maxAge: -5 }] as const, 'k=v; Max-Age=-5; Path=/; SameSite=lax'],
  ])('writes %s', (_, [key, value, options], line) => {
    expect(setCookieLine(key, value, options, NOW)).toBe(line)
  })

  it('refuses a key http.cookies calls illegal, and a value latin-1 cannot encode (a 500 in Starlette)', () => {
    expect(() => setCookieLine('bad key', 'v', {}, NOW)).toThrow(CookieError)
    expect(() => setCookieLine('k', '\u0100', {}, NOW)).toThrow(CookieError)
  })
})

describe('delete_cookie', () => {
  it('writes an empty value that expires now, in whole seconds', () => {
    expect(deleteCookieLine('access_token', {}, NOW)).toBe(
      'access_token=""; expires=Thu, 15 Jan 2026 12:00:00 GMT; Max-Age=0; Path=/; SameSite=lax',
    )
    expect(
      deleteCookieLine('access_token', { path: '/users', httponly: true, secure: true, samesite: 'none' }, NOW),
    ).toBe(
      'access_token=""; expires=Thu, 15 Jan 2026 12:00:00 GMT; HttpOnly; Max-Age=0; Path=/users; SameSite=none; Secure',
    )
  })
})

describe('the helpers', () => {
  it('quotes only what is not made of legal characters', () => {
    expect(pythonCookieQuote(JWT)).toBe(JWT)
    expect(pythonCookieQuote('a:b~c')).toBe('a:b~c')
    expect(pythonCookieQuote('a=b')).toBe('"a=b"')
  })

  it('writes a date with a zero-padded day, on a 2-digit hour', () => {
    expect(pythonCookieDate(Date.UTC(2026, 2, 1, 3, 4, 5, 999), 0)).toBe('Sun, 01 Mar 2026 03:04:05 GMT')
  })
})

describe('the Response parameter', () => {
  it('keeps the lines in the order written, each at the clock’s time then', () => {
    let now = NOW
    const response = createSubResponse(() => now)
    response.setCookie('a', '1')
    now += 61_000
    response.deleteCookie('a')
    expect(response.setCookieLines).toEqual([
      'a=1; Path=/; SameSite=lax',
      'a=""; expires=Thu, 15 Jan 2026 12:01:01 GMT; Max-Age=0; Path=/; SameSite=lax',
    ])
  })
})
