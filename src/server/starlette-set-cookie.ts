// Starlette's Response.set_cookie and delete_cookie (starlette/responses.py): the `Set-Cookie` line
// each writes, through Python's http.cookies (SimpleCookie, Morsel.OutputString, _quote, _getdate).
// The facts are in docs/fastapi-behaviour.md#cookies-set_cookie-and-delete_cookie.

export type SameSiteOption = 'lax' | 'strict' | 'none'

/** `set_cookie`'s keyword arguments, with Starlette's defaults when left out. */
export interface SetCookieOptions {
  /** `max_age`: seconds; none by default. */
  readonly maxAge?: number
  /** `expires` as an int: seconds from now, written as a date by http.cookies; none by default. */
  readonly expires?: number
  /** `path`: "/" by default; null leaves the attribute out. */
  readonly path?: string | null
  readonly domain?: string
  readonly secure?: boolean
  readonly httponly?: boolean
  /** `samesite`: "lax" by default; null leaves the attribute out. */
  readonly samesite?: SameSiteOption | null
}

/** `delete_cookie`'s keyword arguments: the ones that must match the cookie being deleted. */
export type DeleteCookieOptions = Omit<SetCookieOptions, 'maxAge' | 'expires'>

/** The error Python raises, which Starlette does not catch: the app answers 500. */
export class CookieError extends Error {}

// http.cookies._LegalChars: a key must be made of these, and a value of only these needs no quotes.
const LEGAL = /^[A-Za-z0-9!#$%&'*+\-.^_`|~:]+$/
// Left as they are inside quotes: _LegalChars plus ' ()/<=>?@[]{}'.
const UNESCAPED = /[A-Za-z0-9!#$%&'*+\-.^_`|~: ()/<=>?@[\]{}]/

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * `http.cookies._quote`: a value of legal characters as it is; any other in double quotes, with `"`
 * and `\` escaped by a backslash and every other character below 256 outside the unescaped set as
 * `\ooo` (octal). Characters above 255 stay, and Starlette's latin-1 encoding then fails.
 */
export function pythonCookieQuote(value: string): string {
  if (LEGAL.test(value)) return value
  let quoted = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if (char === '"' || char === '\\') quoted += `\\${char}`
    else if (code < 256 && !UNESCAPED.test(char)) quoted += `\\${code.toString(8).padStart(3, '0')}`
    else quoted += char
  }
  return `"${quoted}"`
}

/** `http.cookies._getdate(future)`: the time `future` seconds from now, in whole seconds, as HTTP writes dates. */
export function pythonCookieDate(nowMs: number, futureSeconds: number): string {
  const date = new Date(Math.floor(nowMs / 1000 + futureSeconds) * 1000)
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${WEEKDAYS[date.getUTCDay()] ?? ''}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()] ?? ''} ` +
    `${String(date.getUTCFullYear()).padStart(4, ' ')} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:` +
    `${two(date.getUTCSeconds())} GMT`
  )
}

/**
 * The line `response.set_cookie(key, value, …)` adds, at `nowMs` (only `expires` reads the clock).
 * Morsel.OutputString writes the attributes in the sorted order of their lower-case names: Domain,
 * expires, HttpOnly, Max-Age, Path, SameSite, Secure.
 */
export function setCookieLine(key: string, value: string, options: SetCookieOptions, nowMs: number): string {
  if (!LEGAL.test(key)) throw new CookieError(`CookieError: Illegal key '${key}'`)
  const parts = [`${key}=${pythonCookieQuote(value)}`]
  const path = options.path === undefined ? '/' : options.path
  const samesite = options.samesite === undefined ? 'lax' : options.samesite
  if (options.domain !== undefined && options.domain !== '') parts.push(`Domain=${options.domain}`)
  if (options.expires !== undefined) parts.push(`expires=${pythonCookieDate(nowMs, options.expires)}`)
  if (options.httponly) parts.push('HttpOnly')
  if (options.maxAge !== undefined) parts.push(`Max-Age=${Math.trunc(options.maxAge)}`)
  if (path !== null && path !== '') parts.push(`Path=${path}`)
  if (samesite !== null) parts.push(`SameSite=${samesite}`)
  if (options.secure) parts.push('Secure')
  const line = parts.join('; ')
  // Starlette encodes the header as latin-1.
  if (/[\u0100-\u{10ffff}]/u.test(line)) {
    throw new CookieError('UnicodeEncodeError: the Set-Cookie line is not latin-1')
  }
  return line
}

/** `response.delete_cookie(key, …)`: the same cookie, empty, with `max_age=0` and `expires=0` (now). */
export function deleteCookieLine(key: string, options: DeleteCookieOptions, nowMs: number): string {
  return setCookieLine(key, '', { ...options, maxAge: 0, expires: 0 }, nowMs)
}
