// Small matchers that lessons combine into an experiment's observation. Each carries the words
// for what it checks, so the "Done when" sentence is built from the very test it describes. Here:
// how they combine, and what the exchange itself carried; why-observations.ts reads the record of
// why it was answered so, cookie-jar-observations.ts what the playground's cookie jar did.
import { pyjwtBase64urlDecode } from '../server/jwt/pyjwt-base64url-decode'
import { splitAuthorization } from '../server/security/authorization-header'
import type { ObservedExchange, Observation } from './experiment'

/**
 * Where a matcher's phrase belongs in the "Done when" sentence: the request itself ("a GET /x"),
 * what it carried ("whose token says…"), what came back ("answers 401 “…”"), or why ("because…",
 * "after…").
 */
export type MatcherPart = 'subject' | 'request' | 'answer' | 'reason'

export interface Matcher {
  readonly phrase: string
  readonly part: MatcherPart
  readonly test: (exchange: ObservedExchange) => boolean
}

const PART_ORDER: readonly MatcherPart[] = ['subject', 'request', 'answer', 'reason']

/**
 * All matchers must hold. The summary reads the request's phrases, then the answer's, then the
 * reasons, each in the order given, so that a claim of the token never trails a "because".
 */
export function observe(...matchers: readonly Matcher[]): Observation {
  const ordered = PART_ORDER.flatMap((part) => matchers.filter((matcher) => matcher.part === part))
  return {
    summary: ordered.map((matcher) => matcher.phrase).join(' '),
    test: (exchange) => matchers.every((matcher) => matcher.test(exchange)),
  }
}

/** Any of the observations holds; the summary lists them with "or". */
export function either(...observations: readonly Observation[]): Observation {
  return {
    summary: observations.map((observation) => observation.summary).join(', or '),
    test: (exchange) => observations.some((observation) => observation.test(exchange)),
  }
}

export function request(method: string, path: string): Matcher {
  return {
    phrase: `a ${method} ${path}`,
    part: 'subject',
    test: (exchange) => exchange.method === method && exchange.path === path,
  }
}

export function answers(status: number): Matcher {
  return { phrase: `answers ${status}`, part: 'answer', test: (exchange) => exchange.status === status }
}

/** FastAPI's `{"detail": "…"}` with exactly this string. */
export function detail(text: string): Matcher {
  return {
    phrase: `“${text}”`,
    part: 'answer',
    test: (exchange) => detailOf(exchange.body) === text,
  }
}

export function formField(name: string, value: string): Matcher {
  return {
    phrase: `with ${name} “${value}” in the form`,
    part: 'request',
    test: (exchange) => exchange.form?.get(name) === value,
  }
}

export function responseHeader(name: string, value: string): Matcher {
  return {
    phrase: `with ${name}: ${value}`,
    part: 'answer',
    test: (exchange) => exchange.responseHeader(name) === value,
  }
}

/** RFC 6750's error code in the challenge: `www-authenticate: Bearer error="…"`. */
export function challengeError(): Matcher {
  return {
    phrase: 'with an error code in www-authenticate',
    part: 'answer',
    test: (exchange) => /\berror="/.test(exchange.responseHeader('www-authenticate') ?? ''),
  }
}

/** The JSON body has this top-level field with this value. */
export function bodyField(field: string, value: string | boolean | null): Matcher {
  return {
    phrase: `with ${field} ${JSON.stringify(value)}`,
    part: 'answer',
    test: (exchange) => {
      const body = parse(exchange.body)
      return isRecord(body) && body[field] === value
    },
  }
}

function detailOf(body: string): unknown {
  const parsed = parse(body)
  return isRecord(parsed) ? parsed.detail : undefined
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The bearer token sent is a JWT whose payload has this claim (read without any key). */
export function tokenClaim(claim: string, value: string): Matcher {
  return {
    phrase: `whose token says ${claim} “${value}”`,
    part: 'request',
    test: (exchange) => {
      const payload = jwtPayload(exchange)
      return isRecord(payload) && payload[claim] === value
    },
  }
}

/** The bearer token sent is a JWT with its third part, the signature, left empty. */
export function unsignedToken(): Matcher {
  return {
    phrase: 'whose token has no signature',
    part: 'request',
    test: (exchange) => /^\S+\.\S+\.$/.test(bearerToken(exchange) ?? ''),
  }
}

/** The token as OAuth2PasswordBearer hands it over: the same split FastAPI makes. */
function bearerToken(exchange: ObservedExchange): string | undefined {
  const { scheme, param } = splitAuthorization(exchange.requestHeader('authorization') ?? null)
  return scheme.toLowerCase() === 'bearer' && param !== '' ? param : undefined
}

function jwtPayload(exchange: ObservedExchange): unknown {
  const segment = bearerToken(exchange)?.split('.')[1]
  if (segment === undefined) return undefined
  // Read as PyJWT reads it, without the key: the claims the forger wrote.
  const bytes = pyjwtBase64urlDecode(new TextEncoder().encode(segment))
  return bytes ? parse(new TextDecoder().decode(bytes)) : undefined
}

/** The page sent it to this path at the root of its host, not below the app: the network answered. */
export function leftTheApp(path: string): Matcher {
  return {
    phrase: `went to the host’s ${path}, outside the app, so the stand-in never saw it`,
    part: 'reason',
    test: (exchange) => exchange.answeredBy === 'network' && new URL(exchange.url).pathname === path,
  }
}

/** No answer at all: the app raised while being imported, so nothing was listening. */
export function appDidNotStart(): Matcher {
  return {
    phrase: 'gets no answer, because the app never started',
    part: 'answer',
    test: (exchange) => exchange.status === 0 && exchange.steps.some((step) => step.stage === 'startup'),
  }
}

/** The request carried this header value, exactly. */
export function sentHeader(name: string, value: string): Matcher {
  return {
    phrase: `with ${name}: ${value}`,
    part: 'request',
    test: (exchange) => exchange.requestHeader(name) === value,
  }
}

/** The URL carried this query parameter with this value (the last of a repeat, as Starlette reads it). */
export function queryParameter(name: string, value: string): Matcher {
  return {
    phrase: `with ${name}=${value} in its URL`,
    part: 'request',
    test: (exchange) => new URL(exchange.url).searchParams.getAll(name).at(-1) === value,
  }
}

/** The request carried no such header at all: a form left over from an earlier experiment would add one. */
export function withoutHeader(name: string): Matcher {
  return {
    phrase: `sent without ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} header`,
    part: 'request',
    test: (exchange) => exchange.requestHeader(name) === undefined,
  }
}

/** No login was sent since the page loaded: the token came from somewhere else. */
export function noLoginSinceLoad(tokenPath: string): Matcher {
  return {
    phrase: `with no POST ${tokenPath} since the page loaded`,
    part: 'request',
    test: (exchange) => !exchange.sentEarlier('POST', tokenPath),
  }
}
