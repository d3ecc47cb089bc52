import { describe, expect, it } from 'vitest'
import { createBrowserCookieJar, withCookieJar } from './browser-cookies'
import { depends, schemeDependency } from './dependencies'
import { createFastApiApp } from './fastapi-app'
import { HTTPException } from './http-exception'
import { defineRoute } from './route'
import { apiKeyCookie } from './security/api-key'

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0)
const ROOT = 'http://playground.test/learn'

/** A login that sets a 30-minute cookie, a route that reads it, a logout that deletes it. */
function cookieApp(now: () => number) {
  const session = schemeDependency('cookie_scheme', apiKeyCookie({ name: 'session' }))
  return createFastApiApp(
    [
      defineRoute({
        method: 'POST',
        path: '/login',
        name: 'login',
        endpoint: ({ response }) => {
          response.setCookie('session', 'abc', { httponly: true, maxAge: 1800 })
          return { message: 'in' }
        },
      }),
      defineRoute({
        method: 'GET',
        path: '/me',
        name: 'read_me',
        params: { key: depends(session) },
        endpoint: ({ params: { key } }) => ({ key }),
      }),
      defineRoute({
        method: 'POST',
        path: '/logout',
        name: 'logout',
        endpoint: ({ response }) => {
          response.deleteCookie('session')
          return { message: 'out' }
        },
      }),
      defineRoute({
        method: 'POST',
        path: '/fail',
        name: 'fail',
        endpoint: ({ response }) => {
          response.setCookie('other', 'x')
          throw new HTTPException(400, 'no')
        },
      }),
    ],
    { now },
  )
}

function browser() {
  let time = T0
  const now = () => time
  const jar = createBrowserCookieJar(now)
  const app = withCookieJar(cookieApp(now), jar)
  const send = async (method: string, path: string, init: RequestInit = {}) => {
    const { response, record } = await app.handle(new Request(`${ROOT}${path}`, { method, ...init }), '/learn')
    return { status: response.status, body: await response.text(), record }
  }
  return {
    jar,
    send,
    advance: (ms: number) => {
      time += ms
    },
  }
}

describe('the stand-in behind a browser’s cookie jar', () => {
  it('stores the login’s cookie and sends it back, so the cookie class finds it', async () => {
    const { send } = browser()
    const login = await send('POST', '/login')
    expect(login.record.setCookie).toEqual(['session=abc; HttpOnly; Max-Age=1800; Path=/; SameSite=lax'])
    expect(login.record.cookieJar?.sent).toBeNull()
    expect(login.record.cookieJar?.changes.map((change) => change.kind)).toEqual(['stored'])
    expect(login.record.cookieJar?.after.map((cookie) => [cookie.name, cookie.httpOnly])).toEqual([['session', true]])

    const me = await send('GET', '/me')
    expect([me.status, me.body]).toEqual([200, '{"key":"abc"}'])
    expect(me.record.cookieJar?.sent).toBe('session=abc')
    expect(me.record.steps).toContainEqual(
      expect.objectContaining({ stage: 'security', result: 'passed', credentials: 'abc' }),
    )
  })

  it('forgets the cookie on the logout’s delete_cookie, and says which answer removed it', async () => {
    const { send, advance } = browser()
    await send('POST', '/login')
    advance(60_000)
    const logout = await send('POST', '/logout')
    expect(logout.record.cookieJar?.sent).toBe('session=abc')
    expect(logout.record.cookieJar?.changes).toEqual([{ kind: 'removed', name: 'session', path: '/' }])
    const me = await send('GET', '/me')
    expect(me.status).toBe(401)
    expect(me.record.cookieJar).toMatchObject({
      sent: null,
      departed: [
        { name: 'session', path: '/', how: 'removed', at: T0 + 60_000, by: { method: 'POST', path: '/logout' } },
      ],
    })
  })

  it('lets the cookie expire on the jar’s clock, and says when it did', async () => {
    const { send, advance } = browser()
    await send('POST', '/login')
    advance(1_800_000)
    const me = await send('GET', '/me')
    expect(me.status).toBe(401)
    expect(me.record.cookieJar?.departed).toEqual([{ name: 'session', path: '/', at: T0 + 1_800_000, how: 'expired' }])
  })

  it('says nothing left when the jar never held the cookie, and a new login clears what left', async () => {
    const { send } = browser()
    await send('POST', '/logout')
    expect((await send('GET', '/me')).record.cookieJar?.departed).toEqual([])
    await send('POST', '/login')
    await send('POST', '/logout')
    await send('POST', '/login')
    expect((await send('GET', '/me')).record.cookieJar?.departed).toEqual([])
  })

  it('keeps nothing from an answer whose function raised: FastAPI drops what it set', async () => {
    const { send, jar } = browser()
    const fail = await send('POST', '/fail')
    expect(fail.status).toBe(400)
    expect(fail.record.setCookie).toBeUndefined()
    expect(jar.cookies.list()).toEqual([])
  })

  it('neither sends nor stores for a request that omits credentials', async () => {
    const { send, jar } = browser()
    const login = await send('POST', '/login', { credentials: 'omit' })
    expect(login.record.cookieJar).toMatchObject({ omitted: true, changes: [] })
    expect(jar.cookies.list()).toEqual([])
  })

  it('empties on clear, forgetting what left', async () => {
    const { send, jar } = browser()
    await send('POST', '/login')
    await send('POST', '/logout')
    jar.clear()
    expect((await send('GET', '/me')).record.cookieJar).toMatchObject({ sent: null, departed: [], after: [] })
  })
})
