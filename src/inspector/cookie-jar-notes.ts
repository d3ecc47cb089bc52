// What the playground's cookie jar did around one exchange, in words: the Cookie header it added,
// what it made of each Set-Cookie line, why a cookie was missing, and the cookies it holds. Read
// from the stand-in's record only (server/browser-cookies.ts); the browser shows none of it.
import type { CookieChange, StoredCookie } from '../server/cookie-jar'
import type { CookieJarRecord, DecisionStep } from '../server/exchange-record'
import { describeFromNow } from '../server/relative-time'
import type { Exchange } from './exchange'

/** The note on the request's Cookie row. */
export const JAR_COOKIE_NOTE =
  'added by the playground’s cookie jar, as a browser adds its cookies: no script may set this header'

/** One header row the page never saw, with why it is shown. */
export interface AddedHeader {
  readonly name: string
  readonly value: string
  readonly note: string
}

export function cookieJarOf(exchange: Exchange): CookieJarRecord | undefined {
  return exchange.response?.record?.cookieJar
}

/** The Cookie header the jar added, as a row of the request's headers. */
export function addedRequestHeaders(exchange: Exchange): AddedHeader[] {
  const sent = cookieJarOf(exchange)?.sent
  return sent ? [{ name: 'cookie', value: sent, note: JAR_COOKIE_NOTE }] : []
}

/** The answer's Set-Cookie lines, each with what the jar did with it. */
export function addedResponseHeaders(exchange: Exchange): AddedHeader[] {
  const record = exchange.response?.record
  const lines = record?.setCookie ?? []
  const jar = record?.cookieJar
  return lines.map((line, index) => {
    let did = 'no cookie jar read it'
    if (jar?.omitted) did = 'the request asked for no cookies, so the jar ignored it'
    else {
      const change = jar?.changes[index]
      // Max-Age counts from the answer, which a login's hashing may bring well after the request.
      if (jar && change) did = changeText(change, jar.answeredAt)
    }
    return {
      name: 'set-cookie',
      value: line,
      note: `FastAPI sent it; the browser keeps it from the page, so the stand-in handed it over: ${did}`,
    }
  })
}

/** What one Set-Cookie line did to the jar. */
export function changeText(change: CookieChange, at: number): string {
  switch (change.kind) {
    case 'stored':
      return `the jar stored ${change.cookie.name} (${attributesText(change.cookie, at)})`
    case 'removed':
      return `it has already expired (Max-Age=0 or a past date), so the jar dropped any ${change.name} with Path=${change.path}, as a browser does`
    case 'ignored':
      return `the jar ignored it: ${change.why}`
  }
}

/** "HttpOnly, SameSite=Lax, Path=/, expires 12:30:00 UTC": what a browser's storage view lists. */
export function attributesText(cookie: StoredCookie, at: number): string {
  return [
    ...(cookie.httpOnly ? ['HttpOnly'] : []),
    ...(cookie.secure ? ['Secure'] : []),
    sameSiteText(cookie),
    `Path=${cookie.path}`,
    expiryText(cookie, at),
  ].join(', ')
}

export function sameSiteText(cookie: StoredCookie): string {
  const value = sameSiteValue(cookie)
  return cookie.sameSite === null ? `SameSite ${value}` : `SameSite=${value}`
}

/** "Lax", "Strict", "None", or what a browser makes of a cookie that says nothing. */
export function sameSiteValue(cookie: StoredCookie): string {
  if (cookie.sameSite === null) return 'not set (browsers treat it as Lax)'
  return `${cookie.sameSite.charAt(0).toUpperCase()}${cookie.sameSite.slice(1)}`
}

/** When the cookie goes, against `at` (ms): "expires 12:30:00 UTC, in 30 min". */
export function expiryText(cookie: StoredCookie, at: number): string {
  if (cookie.expiresAt === null) return 'a session cookie: kept until the visit ends'
  const when = new Date(cookie.expiresAt).toISOString().slice(11, 19)
  const verb = cookie.expiresAt <= at ? 'expired' : 'expires'
  return `${verb} ${when} UTC, ${describeFromNow(cookie.expiresAt / 1000, at, 'compact')}`
}

/**
 * The notes under Why: where a cookie the app looks for did not come, what became of it. Said for
 * the cookies the security classes looked for (APIKeyCookie) and for any cookie the jar lost on
 * this path.
 */
export function cookieJarNotes(exchange: Exchange): string[] {
  const jar = cookieJarOf(exchange)
  if (!jar) return []
  const wanted = cookiesLookedFor(exchange.response?.record?.steps ?? [])
  const notes = jar.departed.map((cookie) => {
    const when = new Date(cookie.at).toISOString().slice(11, 19)
    const how =
      cookie.how === 'expired'
        ? `it expired at ${when} UTC by the lesson clock (its Max-Age or Expires ran out)`
        : `the answer to ${cookie.by.method} ${cookie.by.path} at ${when} UTC removed it`
    return `The playground’s cookie jar did not send ${cookie.name}: ${how}.`
  })
  const explained = new Set(jar.departed.map((cookie) => cookie.name))
  for (const name of wanted) {
    if (explained.has(name) || (jar.sent ?? '').split(/;\s*/).some((pair) => pair.startsWith(`${name}=`))) continue
    notes.push(
      `The playground’s cookie jar holds no ${name} for this path, so none was sent. Only an answer’s ` +
        'Set-Cookie puts one there: Swagger UI’s Authorize cannot, because the browser drops the Cookie ' +
        'header it would send.',
    )
  }
  return notes
}

/** The cookie names an APIKeyCookie looked for, in the order the record met them. */
function cookiesLookedFor(steps: readonly DecisionStep[]): string[] {
  const names = steps.flatMap((step) =>
    step.stage === 'security' && step.apiKey?.in === 'cookie' ? [step.apiKey.name] : [],
  )
  return [...new Set(names)]
}

/** Whether the exchange has anything of the jar's to show: a cookie sent, a line read, one held or lost. */
export function showsCookieJar(exchange: Exchange): boolean {
  const jar = cookieJarOf(exchange)
  if (!jar) return false
  const lookedFor = cookiesLookedFor(exchange.response?.record?.steps ?? []).length > 0
  return jar.sent !== null || jar.changes.length > 0 || jar.after.length > 0 || jar.departed.length > 0 || lookedFor
}
