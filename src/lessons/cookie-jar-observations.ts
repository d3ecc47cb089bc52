// Matchers on what the playground's cookie jar, playing the browser, did with a request: the
// cookies it sent, stored and dropped (src/server/cookie-jar.ts).
import type { Matcher } from './observations'

/** The playground's cookie jar, playing the browser, added a cookie of this name to the request. */
export function jarSentCookie(name: string): Matcher {
  return {
    phrase: `with the cookie ${name}, sent by the playground’s cookie jar`,
    part: 'request',
    test: (exchange) => cookieNames(exchange.cookieJar?.sent ?? '').includes(name),
  }
}

/** The jar sent no cookie at all with the request. */
export function jarSentNoCookie(): Matcher {
  return {
    phrase: 'with no cookie from the playground’s cookie jar',
    part: 'request',
    test: (exchange) => exchange.cookieJar !== undefined && exchange.cookieJar.sent === null,
  }
}

/** The jar no longer held this cookie when the request left, because an answer removed it or it expired. */
export function jarDropped(name: string, how: 'removed' | 'expired'): Matcher {
  const because = how === 'removed' ? 'an answer’s Set-Cookie had removed it' : 'it had expired in the jar'
  return {
    phrase: `after ${name} left the jar: ${because}`,
    part: 'reason',
    test: (exchange) =>
      exchange.cookieJar?.departed.some((cookie) => cookie.name === name && cookie.how === how) ?? false,
  }
}

/** The answer's Set-Cookie stored this cookie in the jar, HttpOnly or not as asked. */
export function jarStored(name: string, options: { readonly httpOnly: boolean }): Matcher {
  return {
    phrase: `and its Set-Cookie puts ${options.httpOnly ? 'an HttpOnly' : 'a'} cookie ${name} in the jar`,
    part: 'answer',
    test: (exchange) =>
      exchange.cookieJar?.changes.some(
        (change) =>
          change.kind === 'stored' && change.cookie.name === name && change.cookie.httpOnly === options.httpOnly,
      ) ?? false,
  }
}

/** The names of a Cookie header's `name=value` pairs, as a browser writes them. */
function cookieNames(header: string): string[] {
  return header
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => name !== '')
}
