// Starlette's `Request.cookies` (starlette/requests.py, cookie_parser, adapted there from Django):
// the Cookie header read as browsers write it, not as RFC 6265 would have it. APIKeyCookie reads
// its key from here.
import { pythonStrip } from '../python-text'

/**
 * `cookie_parser`: chunks end at `;`, each splits at its first `=` (a chunk without one is a value
 * with an empty name), both halves are stripped of Python whitespace, a chunk empty on both sides
 * is dropped, and the value goes through Python's `http.cookies._unquote`. A repeated name keeps
 * its last value.
 */
export function cookieParser(cookieString: string): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const chunk of cookieString.split(';')) {
    const equals = chunk.indexOf('=')
    const key = pythonStrip(equals === -1 ? '' : chunk.slice(0, equals))
    const value = pythonStrip(equals === -1 ? chunk : chunk.slice(equals + 1))
    if (key !== '' || value !== '') cookies.set(key, pythonCookieUnquote(value))
  }
  return cookies
}

/**
 * `Request.cookies`: Starlette parses each Cookie header and merges them. A browser sends one; two
 * that reach a `Headers` object arrive joined by ", ", which stays inside one value here.
 */
export function requestCookies(headers: Headers): Map<string, string> {
  return cookieParser(headers.get('cookie') ?? '')
}

const OCTAL = /\\[0-3][0-7][0-7]/g
// Python's `.` does not match a line feed, so a backslash before one is left as it is.
const ESCAPED = /\\[^\n]/g

/**
 * `http.cookies._unquote`: only a value in double quotes is decoded; inside, `\ooo` (octal, up to
 * \377) is that character and a backslash before any other character keeps just that character.
 */
export function pythonCookieUnquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value
  const inner = value.slice(1, -1)
  let result = ''
  let index = 0
  while (index < inner.length) {
    OCTAL.lastIndex = index
    ESCAPED.lastIndex = index
    const octal = OCTAL.exec(inner)
    const escaped = ESCAPED.exec(inner)
    if (!octal && !escaped) {
      result += inner.slice(index)
      break
    }
    // The earlier match wins; at the same place (`\101`), the octal one.
    if (escaped && (!octal || escaped.index < octal.index)) {
      result += inner.slice(index, escaped.index) + inner.charAt(escaped.index + 1)
      index = escaped.index + 2
    } else if (octal) {
      result += inner.slice(index, octal.index) + String.fromCharCode(Number.parseInt(octal[0].slice(1), 8))
      index = octal.index + 4
    }
  }
  return result
}
