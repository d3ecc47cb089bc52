// The cookie part of "Copy as a TestClient test": the Cookie header the playground's jar sent (a
// test has no browser to add it), the JWT that cookie carries (so the test stops the clock where
// the stand-in judged it), and the answer's Set-Cookie lines as assertions.
import { cookieParser } from '../server/security/starlette-cookies'
import type { Exchange } from './exchange'
import { decodeJwt } from './jwt'
import { pythonLines, pythonString } from './python-literal'

/** The Cookie header the jar added, as a header the test sends itself. */
export function jarCookieHeader(exchange: Exchange): string | undefined {
  return exchange.response?.record?.cookieJar?.sent ?? undefined
}

/** The first cookie the jar sent whose value is a JWT, as Starlette would read it. */
export function jwtInJarCookie(exchange: Exchange): string | undefined {
  const sent = jarCookieHeader(exchange)
  if (sent === undefined) return undefined
  return [...cookieParser(sent).values()].find((value) => decodeJwt(value).ok)
}

// Python's re special characters, escaped as re.escape would for a literal part of a pattern.
const REGEX_SPECIAL = /[.^$*+?{}[\]\\|()]/g
const escapeRegex = (text: string) => text.replace(REGEX_SPECIAL, (char) => `\\${char}`)
// What every run writes anew: a JWT signed at the moment of the login, and delete_cookie's date.
const ANY_VALUE = '[^;]*'

/**
 * Assertions on the answer's Set-Cookie lines: exactly as the playground got them, except for a
 * JWT value and an `expires` date, which any run writes anew and which are matched loosely.
 * `usesRe` says the test must import re.
 */
export function setCookieAssertions(exchange: Exchange, indent: string): { lines: string[]; usesRe: boolean } {
  const setCookie = exchange.response?.record?.setCookie ?? []
  if (setCookie.length === 0) return { lines: [], usesRe: false }
  const patterns = setCookie.map(loosePattern)
  const usesRe = patterns.some((pattern) => pattern !== undefined)
  const subject = (index: number) =>
    setCookie.length === 1 ? 'response.headers["set-cookie"]' : `response.headers.get_list("set-cookie")[${index}]`
  const lines: string[] = []
  if (usesRe) {
    lines.push(`${indent}# Set-Cookie as the playground got it; a JWT signed at login and the date of the answer`)
    lines.push(`${indent}# differ from run to run, so any will do there.`)
  }
  if (setCookie.length > 1)
    lines.push(`${indent}assert len(response.headers.get_list("set-cookie")) == ${setCookie.length}`)
  setCookie.forEach((line, index) => {
    const pattern = patterns[index]
    lines.push(
      ...(pattern === undefined
        ? [`${indent}assert ${subject(index)} == ${pythonString(line)}`]
        : pythonLines(
            { open: 'assert re.fullmatch(', items: [pythonString(pattern), subject(index)], close: ')' },
            indent,
          )),
    )
  })
  return { lines, usesRe }
}

/** The line as a pattern when part of it changes between runs; undefined when it can be compared as it is. */
function loosePattern(line: string): string | undefined {
  const [pair = '', ...attributes] = line.split('; ')
  const equals = pair.indexOf('=')
  const name = pair.slice(0, equals + 1)
  const value = pair.slice(equals + 1)
  const looseValue = equals > 0 && decodeJwt(value).ok
  const looseDate = attributes.some((attribute) => attribute.toLowerCase().startsWith('expires='))
  if (!looseValue && !looseDate) return undefined
  const parts = [
    `${escapeRegex(name)}${looseValue ? ANY_VALUE : escapeRegex(value)}`,
    ...attributes.map((attribute) =>
      attribute.toLowerCase().startsWith('expires=')
        ? `${escapeRegex(attribute.slice(0, 'expires='.length))}${ANY_VALUE}`
        : escapeRegex(attribute),
    ),
  ]
  return parts.join('; ')
}
