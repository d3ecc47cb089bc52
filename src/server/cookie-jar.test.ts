import { describe, expect, it } from 'vitest'
import { createCookieJar, defaultPath, parseSetCookie, pathMatches } from './cookie-jar'

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0)

/** A jar whose clock the test moves. */
function jarAt(start = T0) {
  let time = start
  const jar = createCookieJar(() => time)
  const advance = (ms: number) => {
    time += ms
  }
  return { jar, advance }
}

// What Starlette's Response.set_cookie and delete_cookie write (starlette/responses.py), as the
// pinned release prints them: a value with a space is quoted by Python's http.cookies.
const LOGIN = 'access_token="Bearer abc"; HttpOnly; Max-Age=1800; Path=/; SameSite=lax'
const LOGOUT = 'access_token=""; expires=Thu, 15 Jan 2026 12:00:00 GMT; HttpOnly; Max-Age=0; Path=/; SameSite=lax'

describe('reading a Set-Cookie line', () => {
  it('keeps the value as sent, quotes included, and reads every attribute Starlette writes', () => {
    const parsed = parseSetCookie(LOGIN, '/login', T0)
    expect(parsed).toEqual({
      ok: true,
      cookie: {
        name: 'access_token',
        value: '"Bearer abc"',
        path: '/',
        expiresAt: T0 + 1_800_000,
        httpOnly: true,
        secure: false,
        sameSite: 'lax',
        createdAt: T0,
      },
    })
  })

  it('lets Max-Age win over Expires, and ignores a Max-Age that is not a number', () => {
    const both = parseSetCookie('a=1; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=60', '/', T0)
    expect(both.ok && both.cookie.expiresAt).toBe(T0 + 60_000)
    const bad = parseSetCookie('a=1; Expires=Thu, 15 Jan 2026 13:00:00 GMT; Max-Age=1h', '/', T0)
    expect(bad.ok && bad.cookie.expiresAt).toBe(Date.UTC(2026, 0, 15, 13))
  })

  it('makes a cookie without Max-Age or Expires a session cookie', () => {
    const session = parseSetCookie('a=1', '/', T0)
    expect(session.ok && session.cookie.expiresAt).toBeNull()
  })

  it('ignores a line without a name and value, or with an empty name', () => {
    expect(parseSetCookie('HttpOnly', '/', T0)).toEqual({ ok: false, why: 'it has no "=" between a name and a value' })
    expect(parseSetCookie('=x; Path=/', '/', T0)).toEqual({ ok: false, why: 'its name is empty' })
  })

  it('takes the path from the request when Path is missing or does not start with "/"', () => {
    const missing = parseSetCookie('a=1', '/auth/login', T0)
    expect(missing.ok && missing.cookie.path).toBe('/auth')
    const relative = parseSetCookie('a=1; Path=auth', '/auth/login', T0)
    expect(relative.ok && relative.cookie.path).toBe('/auth')
  })
})

describe('the default path and path matching (RFC 6265 §5.1.4)', () => {
  it('cuts the request path at its last slash', () => {
    expect(defaultPath('/login')).toBe('/')
    expect(defaultPath('/auth/login?next=/')).toBe('/auth')
    expect(defaultPath('/auth/')).toBe('/auth')
    expect(defaultPath('')).toBe('/')
  })

  it('matches the same path, and longer paths only at a slash', () => {
    expect(pathMatches('/auth', '/auth')).toBe(true)
    expect(pathMatches('/auth/me', '/auth')).toBe(true)
    expect(pathMatches('/authors', '/auth')).toBe(false)
    expect(pathMatches('/items/1', '/')).toBe(true)
    expect(pathMatches('/auth/me?x=1', '/auth/')).toBe(true)
    expect(pathMatches('/', '/auth')).toBe(false)
  })
})

describe('the jar', () => {
  it('sends a stored cookie back to every path under its own, and none elsewhere', () => {
    const { jar } = jarAt()
    const [change] = jar.store(['a=1; Path=/users'], '/token')
    expect(change?.kind === 'stored' && [change.cookie.name, change.cookie.path]).toEqual(['a', '/users'])
    expect(jar.cookieHeaderFor('/users/me')).toBe('a=1')
    expect(jar.cookieHeaderFor('/items/')).toBeNull()
  })

  it('lists longer paths first, then older cookies first, joined by "; "', () => {
    const { jar, advance } = jarAt()
    jar.store(['b=2; Path=/'], '/')
    advance(1)
    jar.store(['a=1; Path=/'], '/')
    jar.store(['c=3; Path=/users'], '/')
    expect(jar.cookieHeaderFor('/users/me')).toBe('c=3; b=2; a=1')
  })

  it('replaces a cookie of the same name and path, keeping when it was first set', () => {
    const { jar, advance } = jarAt()
    jar.store(['a=1'], '/')
    advance(1)
    jar.store(['b=2'], '/')
    jar.store(['a=3'], '/')
    expect(jar.cookieHeaderFor('/')).toBe('a=3; b=2')
  })

  it('forgets a cookie when its Max-Age runs out on the jar’s clock', () => {
    const { jar, advance } = jarAt()
    jar.store([LOGIN], '/token')
    advance(1_799_999)
    expect(jar.cookieHeaderFor('/users/me')).toBe('access_token="Bearer abc"')
    advance(1)
    expect(jar.cookieHeaderFor('/users/me')).toBeNull()
    expect(jar.list()).toEqual([])
  })

  it('removes the cookie on Starlette’s delete_cookie line', () => {
    const { jar } = jarAt()
    jar.store([LOGIN], '/token')
    expect(jar.store([LOGOUT], '/logout')).toEqual([{ kind: 'removed', name: 'access_token', path: '/' }])
    expect(jar.list()).toEqual([])
  })

  it('reports a line it ignored, and leaves the jar as it was', () => {
    const { jar } = jarAt()
    jar.store(['a=1'], '/')
    expect(jar.store(['nonsense'], '/')).toEqual([
      { kind: 'ignored', line: 'nonsense', why: 'it has no "=" between a name and a value' },
    ])
    expect(jar.cookieHeaderFor('/')).toBe('a=1')
  })

  it('empties on clear', () => {
    const { jar } = jarAt()
    jar.store(['a=1', 'b=2'], '/')
    jar.clear()
    expect(jar.list()).toEqual([])
  })
})
