// FastAPI's `response: Response` parameter: a response the path function writes headers on while
// it returns plain data. FastAPI copies its headers onto the answer it builds from the return value
// (fastapi/routing.py, `response.headers.raw.extend(sub_response.headers.raw)`), and drops them when
// the function raises. Set-Cookie lines are kept apart from the other headers: a Response built by a
// script may not carry them. See docs/fastapi-behaviour.md#cookies-set_cookie-and-delete_cookie.
import {
  deleteCookieLine,
  setCookieLine,
  type DeleteCookieOptions,
  type SetCookieOptions,
} from './starlette-set-cookie'

export interface SubResponse {
  /** `response.headers`: any header but Set-Cookie. */
  readonly headers: Headers
  /** `response.set_cookie(key, value, …)`. */
  setCookie(key: string, value: string, options?: SetCookieOptions): void
  /** `response.delete_cookie(key, …)`. */
  deleteCookie(key: string, options?: DeleteCookieOptions): void
}

export interface WrittenSubResponse extends SubResponse {
  /** The `Set-Cookie` lines written so far, in order. */
  readonly setCookieLines: readonly string[]
}

/** `now` is the server's clock, in milliseconds: delete_cookie writes the current time as `expires`. */
export function createSubResponse(now: () => number): WrittenSubResponse {
  const setCookieLines: string[] = []
  return {
    headers: new Headers(),
    setCookieLines,
    setCookie(key, value, options = {}) {
      setCookieLines.push(setCookieLine(key, value, options, now()))
    },
    deleteCookie(key, options = {}) {
      setCookieLines.push(deleteCookieLine(key, options, now()))
    },
  }
}
