// Small matchers that lessons combine into an experiment's observation. Each carries the words
// for what it checks, so the "Done when" sentence is built from the very test it describes.
import type { SecurityRejection } from '../server/exchange-record'
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

const REJECTIONS: Readonly<Record<SecurityRejection, string>> = {
  'no-authorization-header': 'found no Authorization header',
  'wrong-scheme': 'found another scheme in the Authorization header',
  'no-credentials': 'found no token after the scheme',
  'invalid-base64': 'could not decode the base64',
  'not-ascii': 'found bytes that are not ASCII',
  'no-colon': 'found no colon between username and password',
  'no-api-key': 'found no API key',
}

/** The security scheme (by its class name) answered before the endpoint ran. */
export function rejectedBy(scheme: string, reason: SecurityRejection): Matcher {
  return {
    phrase: `because ${scheme} ${REJECTIONS[reason]}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'security' && step.result === 'rejected' && step.scheme === scheme && step.reason === reason,
      ),
  }
}

/** `auto_error=False`: the security scheme found nothing usable and handed None on instead of answering 401. */
export function handedNone(scheme: string, reason: SecurityRejection): Matcher {
  return {
    phrase: `after ${scheme} ${REJECTIONS[reason]} and handed None`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'security' && step.result === 'none' && step.scheme === scheme && step.reason === reason,
      ),
  }
}

/** The security scheme let the request through with exactly these credentials. */
export function passedWith(scheme: string, credentials: string): Matcher {
  return {
    phrase: `after ${scheme} handed over “${credentials}”`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'security' &&
          step.result === 'passed' &&
          step.scheme === scheme &&
          step.credentials === credentials,
      ),
  }
}

/**
 * The tutorial's own code raised, at the check with this code (see HTTPException's `check`):
 * in a dependency such as get_current_user, or in the path function itself.
 */
export function raisedAt(check: string, because: string): Matcher {
  return {
    phrase: `because ${because}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          (step.stage === 'dependency' || step.stage === 'endpoint') &&
          step.result === 'raised' &&
          step.check === check,
      ),
  }
}

/** Form validation failed on this field (a 422 from OAuth2PasswordRequestForm). */
export function formFieldMissing(field: string): Matcher {
  return {
    phrase: `because the form had no ${field}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'validation' &&
          step.result === 'failed' &&
          step.errors.some((error) => error.loc.at(-1) === field && error.type === 'missing'),
      ),
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

/** Starlette's router redirected to the path with (or without) its trailing slash. */
export function redirectedTo(path: string): Matcher {
  return {
    phrase: `because the router redirects it to ${path}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) => step.stage === 'routing' && step.result === 'redirect-slashes' && step.redirectPath === path,
      ),
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

/** Starlette's router matched the route whose endpoint is this Python function. */
export function routedTo(endpoint: string): Matcher {
  return {
    phrase: `reaches ${endpoint}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) => step.stage === 'routing' && step.result === 'matched' && step.route.name === endpoint,
      ),
  }
}

/** Starlette's router found no route for the path. */
export function noSuchRoute(): Matcher {
  return {
    phrase: 'because the app has no such route',
    part: 'reason',
    test: (exchange) => exchange.steps.some((step) => step.stage === 'routing' && step.result === 'not-found'),
  }
}

/**
 * This dependency of the tutorial's (`get_current_user`) raised, after the security scheme had let
 * the request in, so the path function never ran.
 */
export function raisedBy(dependency: string, pathFunction: string): Matcher {
  return {
    phrase: `raised by ${dependency}, so ${pathFunction} never ran`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'dependency' &&
          step.result === 'raised' &&
          step.name === dependency &&
          step.neverRan.at(-1) === pathFunction,
      ),
  }
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

/** A Pydantic model body refused the body with this error type (`model_attributes_type`, …). */
export function jsonBodyRefused(type: string, because: string): Matcher {
  return {
    phrase: `because ${because}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) => step.stage === 'json-body' && step.result !== 'passed' && step.errors.some((e) => e.type === type),
      ),
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

/**
 * A dependency that this router lists in its `dependencies=[…]` (or something it needed) stopped the
 * request, so the path function never ran.
 */
export function stoppedByRouter(router: string, dependency: string, pathFunction: string): Matcher {
  return {
    phrase: `because ${dependency}, a dependency of ${router}, stopped it before ${pathFunction} ran`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          ((step.stage === 'security' && step.result === 'rejected') ||
            (step.stage === 'dependency' && step.result === 'raised')) &&
          step.forRouter?.router === router &&
          step.forRouter.dependency === dependency &&
          step.neverRan?.at(-1) === pathFunction,
      ),
  }
}

/** FastAPI handed this function a dependency's value it already had in the request, without a second call. */
export function reusedFor(dependency: string, by: string): Matcher {
  return {
    phrase: `with ${dependency} called once and its value reused for ${by}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'dependency' && step.result === 'reused' && step.name === dependency && step.handedTo === by,
      ) &&
      exchange.steps.filter(
        (step) => step.stage === 'dependency' && step.result === 'returned' && step.name === dependency,
      ).length === 1,
  }
}

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
/** The playground's stand-in identity provider (not FastAPI) decided, at the check with this code. */
export function providerDecided(check: string, because: string): Matcher {
  return {
    phrase: `because ${because}`,
    part: 'reason',
    test: (exchange) => exchange.steps.some((step) => step.stage === 'identity-provider' && step.check === check),
  }
}
