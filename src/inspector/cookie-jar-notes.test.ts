import { describe, expect, it } from 'vitest'
import { createBrowserCookieJar, withCookieJar } from '../server/browser-cookies'
import { depends, schemeDependency } from '../server/dependencies'
import { createFastApiApp } from '../server/fastapi-app'
import { defineRoute } from '../server/route'
import { apiKeyCookie } from '../server/security/api-key'
import { send, TEST_CONTEXT } from '../testing/test-exchange'
import {
  addedRequestHeaders,
  addedResponseHeaders,
  cookieJarNotes,
  expiryText,
  JAR_COOKIE_NOTE,
  showsCookieJar,
} from './cookie-jar-notes'
import { buildCurl } from './curl'
import { explainExchange } from './explain-exchange'
import { buildTestClientTest } from './testclient-test'

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0)

/** A login that sets a 30-minute HttpOnly cookie, a route behind APIKeyCookie, a logout. */
function browserAndApp() {
  let time = T0
  const now = () => time
  const scheme = schemeDependency('cookie_scheme', apiKeyCookie({ name: 'access_token' }))
  const app = createFastApiApp(
    [
      defineRoute({
        method: 'POST',
        path: '/login',
        name: 'login',
        endpoint: ({ response }) => {
          response.setCookie('access_token', 'abc', { httponly: true, maxAge: 1800 })
          return {}
        },
      }),
      defineRoute({
        method: 'POST',
        path: '/logout',
        name: 'logout',
        endpoint: ({ response }) => {
          response.deleteCookie('access_token')
          return {}
        },
      }),
      defineRoute({
        method: 'GET',
        path: '/users/me',
        name: 'read_users_me',
        params: { token: depends(scheme) },
        endpoint: ({ params: { token } }) => ({ token }),
      }),
      defineRoute({ method: 'GET', path: '/open', name: 'read_open', endpoint: () => ({}) }),
      defineRoute({
        method: 'POST',
        path: '/slow-login',
        name: 'slow_login',
        endpoint: ({ response }) => {
          // As a login's password hashing does: the answer comes a second and a half after the request.
          time += 1500
          response.setCookie('access_token', 'abc', { maxAge: 1800 })
          return {}
        },
      }),
    ],
    { now },
  )
  const jar = createBrowserCookieJar(now)
  return {
    app: withCookieJar(app, jar),
    advance: (ms: number) => {
      time += ms
    },
  }
}

describe('the cookie jar in the traffic panel', () => {
  it('shows the Set-Cookie line FastAPI sent and what the jar made of it', async () => {
    const { app } = browserAndApp()
    const login = await send(app, 'POST', '/login')
    expect(addedResponseHeaders(login)).toEqual([
      {
        name: 'set-cookie',
        value: 'access_token=abc; HttpOnly; Max-Age=1800; Path=/; SameSite=lax',
        note:
          'FastAPI sent it; the browser keeps it from the page, so the stand-in handed it over: the jar stored ' +
          'access_token (HttpOnly, SameSite=Lax, Path=/, expires 12:30:00 UTC, in 30 min)',
      },
    ])
    expect(addedRequestHeaders(login)).toEqual([])
    expect(showsCookieJar(login)).toBe(true)
  })

  it('counts Max-Age from the answer, not from the request', async () => {
    const { app } = browserAndApp()
    const login = await send(app, 'POST', '/slow-login')
    expect(addedResponseHeaders(login)[0]?.note).toMatch(/expires 12:30:01 UTC, in 30 min\)$/)
  })

  it('marks the Cookie header as the jar’s, and needs no note in Why when the cookie came', async () => {
    const { app } = browserAndApp()
    await send(app, 'POST', '/login')
    const me = await send(app, 'GET', '/users/me')
    expect(addedRequestHeaders(me)).toEqual([{ name: 'cookie', value: 'access_token=abc', note: JAR_COOKIE_NOTE }])
    expect(cookieJarNotes(me)).toEqual([])
  })

  it('says in Why which answer removed the cookie, under the APIKeyCookie line that decided', async () => {
    const { app, advance } = browserAndApp()
    await send(app, 'POST', '/login')
    advance(90_000)
    const logout = await send(app, 'POST', '/logout')
    expect(addedResponseHeaders(logout)[0]?.note).toMatch(
      /Max-Age=0 or a past date\), so the jar dropped any access_token with Path=\//,
    )
    const me = await send(app, 'GET', '/users/me')
    const explanation = explainExchange(me)
    expect(explanation.summary).toMatch(
      /^There is no cookie access_token, or it is empty, so cookie_scheme \(APIKeyCookie\) answered 401/,
    )
    expect(explanation.notes).toEqual([
      'The playground’s cookie jar did not send access_token: the answer to POST /logout at 12:01:30 UTC removed it.',
    ])
  })

  it('says when the cookie expired by the lesson clock', async () => {
    const { app, advance } = browserAndApp()
    await send(app, 'POST', '/login')
    advance(31 * 60_000)
    const me = await send(app, 'GET', '/users/me')
    expect(cookieJarNotes(me)).toEqual([
      'The playground’s cookie jar did not send access_token: it expired at 12:30:00 UTC by the lesson clock ' +
        '(its Max-Age or Expires ran out).',
    ])
  })

  it('tells a learner with an empty jar where the cookie comes from, and why Authorize cannot send it', async () => {
    const { app } = browserAndApp()
    const me = await send(app, 'GET', '/users/me')
    expect(cookieJarNotes(me)).toEqual([
      'The playground’s cookie jar holds no access_token for this path, so none was sent. Only an answer’s ' +
        'Set-Cookie puts one there: Swagger UI’s Authorize cannot, because the browser drops the Cookie header ' +
        'it would send.',
    ])
  })

  it('shows nothing of the jar where it had no part', async () => {
    const { app } = browserAndApp()
    const open = await send(app, 'GET', '/open')
    expect(showsCookieJar(open)).toBe(false)
    expect(cookieJarNotes(open)).toEqual([])
  })

  it('writes a session cookie’s expiry and a passed one', () => {
    const cookie = {
      name: 'a',
      value: '1',
      path: '/',
      httpOnly: false,
      secure: false,
      sameSite: null,
      createdAt: T0,
    }
    expect(expiryText({ ...cookie, expiresAt: null }, T0)).toBe('a session cookie: kept until the visit ends')
    expect(expiryText({ ...cookie, expiresAt: T0 }, T0 + 120_000)).toBe('expired 12:00:00 UTC, 2 min ago')
  })
})

describe('the jar’s cookies in the copies', () => {
  it('sends the jar’s Cookie header in curl and in the TestClient test, and asserts Set-Cookie', async () => {
    const { app, advance } = browserAndApp()
    const login = await send(app, 'POST', '/login', { context: { ...TEST_CONTEXT, lessonId: 'cookie-auth' } })
    const loginTest = buildTestClientTest(login)
    expect(loginTest?.kind === 'test' && loginTest.source).toContain(
      '    assert response.headers["set-cookie"] == "access_token=abc; HttpOnly; Max-Age=1800; Path=/; SameSite=lax"',
    )
    const me = await send(app, 'GET', '/users/me')
    expect(buildCurl(me, 'http://127.0.0.1:8000')).toContain(`-H 'Cookie: access_token=abc'`)
    const meTest = buildTestClientTest(me)
    expect(meTest?.kind === 'test' && meTest.source).toContain(
      [
        '    # The Cookie header is the one the playground’s cookie jar sent, as a browser would.',
        '    response = client.get("/users/me", headers={"Cookie": "access_token=abc"})',
      ].join('\n'),
    )
    advance(1000)
    const logout = await send(app, 'POST', '/logout')
    const logoutTest = buildTestClientTest(logout)
    const source = logoutTest?.kind === 'test' ? logoutTest.source : ''
    expect(source).toMatch(/^import re$/m)
    expect(source).toContain(
      [
        '    assert re.fullmatch(',
        '        "access_token=\\"\\"; expires=[^;]*; Max-Age=0; Path=/; SameSite=lax",',
        '        response.headers["set-cookie"],',
        '    )',
      ].join('\n'),
    )
  })
})
