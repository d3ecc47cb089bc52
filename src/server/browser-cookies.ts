// The browser's part in cookies, played for the stand-in: a browser ignores Set-Cookie on an answer
// a service worker builds, and no script may put a Cookie header on a request, so the page keeps
// the jar (cookie-jar.ts) and wraps the lesson's app. Each request to it gets the jar's cookies for
// its path, as a browser would send them; each answer's Set-Cookie lines go into the jar; and the
// record says what the jar did, with how each missing cookie left: removed by an answer, or expired
// on the jar's clock (the lesson clock).
import { createCookieJar, pathMatches, type CookieJar, type StoredCookie } from './cookie-jar'
import type { CookieJarRecord, DepartedCookie } from './exchange-record'
import type { FastApiApp } from './fastapi-app'

/** The jar with what it remembers of the cookies it no longer holds. */
export interface BrowserCookieJar {
  readonly cookies: CookieJar
  readonly now: () => number
  /** The cookies that left, by name and path, until one of that name and path is stored again. */
  readonly departed: Map<string, DepartedCookie>
  /** The cookies held after the last answer: those gone since then have expired. */
  known: readonly StoredCookie[]
  /** Empties the jar and forgets what left it: a new visit of the lesson. */
  clear(): void
}

export function createBrowserCookieJar(now: () => number): BrowserCookieJar {
  const cookies = createCookieJar(now)
  const jar: BrowserCookieJar = {
    cookies,
    now,
    departed: new Map(),
    known: [],
    clear() {
      cookies.clear()
      jar.departed.clear()
      jar.known = []
    },
  }
  return jar
}

const keyOf = (cookie: { readonly name: string; readonly path: string }) => `${cookie.name}\u0000${cookie.path}`

/** The lesson's app, as the page's requests reach it through a browser that keeps `jar`. */
export function withCookieJar(app: FastApiApp, jar: BrowserCookieJar): FastApiApp {
  return {
    ...app,
    async handle(request, rootPath) {
      const at = jar.now()
      noteExpired(jar)
      // A browser matches a cookie's Path against the URL's path as sent, not the app's path.
      const urlPath = new URL(request.url).pathname
      const omitted = request.credentials === 'omit'
      const sent = omitted ? null : jar.cookies.cookieHeaderFor(urlPath)
      const departed = [...jar.departed.values()].filter((cookie) => pathMatches(urlPath, cookie.path))
      const handled = await app.handle(request, rootPath, { cookie: sent })
      const { record } = handled
      const answeredAt = jar.now()
      const held = new Set(jar.cookies.list().map(keyOf))
      const changes = omitted ? [] : jar.cookies.store(record.setCookie ?? [], urlPath)
      for (const change of changes) {
        if (change.kind === 'stored') jar.departed.delete(keyOf(change.cookie))
        // Only a cookie the jar held can be said to have left it.
        if (change.kind === 'removed' && held.has(keyOf(change))) {
          const { name, path } = change
          jar.departed.set(keyOf(change), {
            name,
            path,
            at: answeredAt,
            how: 'removed',
            by: { method: record.method, path: record.path },
          })
        }
      }
      jar.known = jar.cookies.list()
      const cookieJar: CookieJarRecord = { at, answeredAt, sent, omitted, departed, changes, after: jar.known }
      return { response: handled.response, record: { ...record, cookieJar } }
    },
  }
}

/** Cookies held after the last answer that the jar no longer lists have reached their expiry. */
function noteExpired(jar: BrowserCookieJar): void {
  const alive = new Set(jar.cookies.list().map(keyOf))
  for (const cookie of jar.known) {
    if (alive.has(keyOf(cookie)) || cookie.expiresAt === null) continue
    const { name, path } = cookie
    jar.departed.set(keyOf(cookie), { name, path, at: cookie.expiresAt, how: 'expired' })
  }
}
