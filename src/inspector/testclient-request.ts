// The heart of "Copy as a TestClient test": the TestClient call that replays the exchange's request
// and the assertions on what the playground answered, as lines of the test function.
import type { TrafficResponse } from '../server/traffic'
import { replayedRequestHeaders } from './curl'
import { factsOf, headerValue, isObject, parseJson, type ExchangeFacts } from './exchange-facts'
import { MASK, maskFormValue } from './formatters'
import {
  prefixed,
  pythonExpression,
  pythonLines,
  pythonLiteral,
  pythonString,
  type PythonExpression,
} from './python-literal'
import type { Exchange } from './exchange'
import { jarCookieHeader, setCookieAssertions } from './testclient-cookies'

// TestClient's base URL: absolute URLs the app builds (a redirect's location) start here.
export const TEST_SERVER = 'http://testserver/'
// TestClient's helpers, spelled as Starlette routes them: fetch upper-cases only some methods, and
// a `patch` sent as is must stay lower-case (and get its 405) when replayed.
const CLIENT_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])
// httpx gives these helpers no body parameters: a body goes through client.request.
const NO_BODY_HELPERS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE'])
// cache-control and pragma: the no-store that RFC 6749 asks of a token endpoint, when an app sets it.
const ASSERTED_HEADERS = ['www-authenticate', 'location', 'allow', 'cache-control', 'pragma'] as const
const INDENT = '    '

export interface ReplayOptions {
  /** Masks the password form's secrets and Basic credentials, for the test shown on screen. */
  readonly mask: boolean
  /** The answer issued a JWT: any token is accepted in its place, since each login signs a new one. */
  readonly issuedJwt: boolean
}

/** `response = client.…(…)`, then the status, the headers that matter, and the body. */
export function replayLines(exchange: Exchange, response: TrafficResponse, options: ReplayOptions): string[] {
  const { request, context } = exchange
  const facts = factsOf(exchange)
  const body = requestBody(exchange, facts, options.mask)
  const headers = replayedHeaders(exchange, facts, body, options.mask)

  const args: PythonExpression[] = [pythonString(facts.path)]
  if (headers.length > 0) args.push({ open: 'headers={', items: headers, close: '}' })
  if (body) args.push(prefixed(`${body.kind}=`, body.expression))
  if (response.status >= 300 && response.status < 400) args.push('follow_redirects=False')
  const helper = CLIENT_METHODS.has(request.method) && !(body && NO_BODY_HELPERS.has(request.method))
  const callee = helper ? `client.${request.method.toLowerCase()}` : 'client.request'
  if (!helper) args.unshift(pythonString(request.method))

  return [
    ...(jarCookieHeader(exchange) === undefined
      ? []
      : [`${INDENT}# The Cookie header is the one the playground’s cookie jar sent, as a browser would.`]),
    ...pythonLines({ open: `response = ${callee}(`, items: args, close: ')' }, INDENT),
    `${INDENT}assert response.status_code == ${response.status}`,
    ...ASSERTED_HEADERS.flatMap((name) => {
      const value = headerValue(response.headers, name)
      if (value === undefined) return []
      const shown = name === 'location' ? atTestServer(value, context.apiRoot) : value
      return [`${INDENT}assert response.headers["${name}"] == ${pythonString(shown)}`]
    }),
    ...setCookieAssertions(exchange, INDENT).lines,
    ...bodyAssertion(response.body, options.issuedJwt),
  ]
}

interface BodyArgument {
  readonly kind: 'data' | 'json' | 'content'
  readonly expression: PythonExpression
}

function requestBody({ request }: Exchange, facts: ExchangeFacts, mask: boolean): BodyArgument | undefined {
  if (request.body === '') return undefined
  if (facts.form && facts.form.length > 0) {
    // httpx's data= takes a mapping, not pairs; a list value sends the field once per item, so
    // a repeated field reaches the app as it did here, and the app keeps the last one as it did.
    const fields = new Map<string, string[]>()
    for (const [name, value] of facts.form) {
      const shown = mask ? maskFormValue(name, value, false) : value
      fields.set(name, [...(fields.get(name) ?? []), shown])
    }
    const entries = [...fields].map(([name, values]) => {
      const [only] = values
      const literal = values.length === 1 && only !== undefined ? pythonString(only) : pythonLiteral(values)
      return `${pythonString(name)}: ${literal}`
    })
    return { kind: 'data', expression: { open: '{', items: entries, close: '}' } }
  }
  const json = parseJson(request.body)
  if (json !== undefined) return { kind: 'json', expression: pythonExpression(json) }
  return { kind: 'content', expression: pythonString(request.body) }
}

// What httpx writes itself for data= and json=: sending it again would only repeat it.
const WRITTEN_BY_HTTPX: Readonly<Record<BodyArgument['kind'], string | undefined>> = {
  data: 'application/x-www-form-urlencoded',
  json: 'application/json',
  content: undefined,
}

/**
 * The headers "Copy as curl" sends too (what the browser adds on its own is left out), as the
 * entries of a Python dict, with Basic credentials masked on screen.
 */
function replayedHeaders(
  exchange: Exchange,
  facts: ExchangeFacts,
  body: BodyArgument | undefined,
  mask: boolean,
): string[] {
  const cookie = jarCookieHeader(exchange)
  return [
    ...replayedRequestHeaders(exchange.request.headers).flatMap(([name, value]) => {
      const key = name.toLowerCase()
      if (key === 'content-type' && body && WRITTEN_BY_HTTPX[body.kind] === value) return []
      const basic = key === 'authorization' ? facts.authorization : undefined
      const hidden = mask && basic?.basic !== undefined && basic.basic.password !== ''
      return [`${pythonString(name)}: ${pythonString(hidden ? `${basic.scheme} ${MASK}` : value)}`]
    }),
    ...(cookie === undefined ? [] : [`${pythonString('Cookie')}: ${pythonString(cookie)}`]),
  ]
}

/** What a token answer holds that differs at every login: the JWT, and a random refresh token. */
const ISSUED_FRESH: readonly string[] = ['access_token', 'refresh_token']

function bodyAssertion(body: string, issuedJwt: boolean): string[] {
  if (body === '') return [`${INDENT}assert response.content == b""`]
  const json = parseJson(body)
  if (json === undefined) return [`${INDENT}assert response.text == ${pythonString(body)}`]
  if (issuedJwt && isObject(json)) {
    const items = Object.entries(json).map(([key, value]) =>
      prefixed(`${pythonString(key)}: `, ISSUED_FRESH.includes(key) ? 'ANY' : pythonExpression(value)),
    )
    const refreshed = typeof json.refresh_token === 'string'
    return [
      refreshed
        ? `${INDENT}# Each login signs a new JWT and draws a new random refresh token: any tokens will do.`
        : `${INDENT}# Each login signs a new JWT (its exp counts from the moment of login): any token will do.`,
      ...pythonLines({ open: 'assert response.json() == {', items, close: '}' }, INDENT),
    ]
  }
  return pythonLines(prefixed('assert response.json() == ', pythonExpression(json)), INDENT)
}

/** Where the app's absolute URL points under TestClient: its host is `testserver` and it has no root path. */
function atTestServer(url: string, apiRoot: string): string {
  return apiRoot !== '' && url.startsWith(apiRoot) ? `${TEST_SERVER}${url.slice(apiRoot.length)}` : url
}
