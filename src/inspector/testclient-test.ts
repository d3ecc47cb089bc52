// "Copy as a TestClient test": the exchange as a pytest function that replays the request against
// the lesson's main.py with FastAPI's TestClient and asserts what the playground answered, so the
// learner can check that the stand-in and the real app agree.
import type { CurlOptions } from './curl'
import { factsOf, headerValue, isObject, parseJson, type ExchangeFacts } from './exchange-facts'
import { MASK, maskFormValue } from './formatters'
import { decodeJwt } from './jwt'
import type { Exchange } from './exchange'

/** The same switch as curl's: mask the password form's secrets and Basic credentials on screen. */
export type TestClientTestOptions = CurlOptions

// TestClient's base URL: absolute URLs the app builds (a redirect's location) start here.
const TEST_SERVER = 'http://testserver/'
// TestClient's helpers, spelled as Starlette routes them: fetch upper-cases only some methods, and
// a `patch` sent as is must stay lower-case (and get its 405) when replayed.
const CLIENT_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])
// httpx gives these helpers no body parameters: a body goes through client.request.
const NO_BODY_HELPERS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE'])
const ASSERTED_HEADERS = ['www-authenticate', 'location', 'allow'] as const
// Black's line length: a longer call gets one argument per line.
const LINE_LENGTH = 88
// The stand-in token route some lessons add (src/lessons/stand-in-token.ts): main.py has no such route.
const STAND_IN_ROUTE = 'stand_in_login'

/** The pytest source, or undefined while the exchange has no response (pending or failed). */
export function buildTestClientTest(exchange: Exchange, options: TestClientTestOptions = {}): string | undefined {
  const { request, response, context } = exchange
  if (!response) return undefined
  const facts = factsOf(exchange)
  const mask = options.maskSecrets ?? false
  const redirect = response.status >= 300 && response.status < 400
  const body = requestBody(exchange, facts, mask)
  const headers = replayedHeaders(exchange, facts, body, mask)

  const args = [pythonString(facts.path)]
  if (headers.length > 0) args.push(`headers={${headers.map(([name, value]) => `"${name}": ${value}`).join(', ')}}`)
  if (body) args.push(`${body.kind}=${body.literal}`)
  if (redirect) args.push('follow_redirects=False')
  const helper = CLIENT_METHODS.has(request.method) && !(body && NO_BODY_HELPERS.has(request.method))
  const callee = helper ? `client.${request.method.toLowerCase()}` : 'client.request'
  if (!helper) args.unshift(pythonString(request.method))

  const issuedJwt = isJwt(facts.issuedToken)
  const lines = [
    ...standInNote(exchange),
    ...jwtNote(facts.carriedToken),
    ...call('    response = ', callee, args),
    `    assert response.status_code == ${response.status}`,
    ...ASSERTED_HEADERS.flatMap((name) => {
      const value = headerValue(response.headers, name)
      if (value === undefined) return []
      const shown = name === 'location' ? atTestServer(value, context.apiRoot) : value
      return [`    assert response.headers["${name}"] == ${pythonString(shown)}`]
    }),
    ...bodyAssertion(response.body, issuedJwt),
  ]
  const lesson = context.lessonId
  return [
    lesson
      ? `# Replays a Bearer Playground exchange against the main.py of the lesson "${lesson}":`
      : '# Replays a Bearer Playground exchange against the lesson’s main.py:',
    '# save it as test_main.py beside that main.py and run pytest.',
    ...(issuedJwt ? ['from unittest.mock import ANY', ''] : []),
    'from fastapi.testclient import TestClient',
    '',
    'from main import app',
    '',
    // FastAPI's TestClient re-raises the app's exceptions; a 500 is the answer under test here.
    response.status >= 500 ? 'client = TestClient(app, raise_server_exceptions=False)' : 'client = TestClient(app)',
    '',
    '',
    `def ${testName(request.method, facts.path, response.status)}():`,
    ...lines,
    '',
  ].join('\n')
}

/** `test_<method>_<path>_answers_<status>`, in snake_case; the query string is left out. */
export function testName(method: string, path: string, status: number): string {
  const pathPart = snake(path.replace(/[?#].*$/, '')) || 'root'
  return `test_${snake(method) || 'request'}_${pathPart}_answers_${status}`
}

function snake(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

interface BodyArgument {
  readonly kind: 'data' | 'json' | 'content'
  readonly literal: string
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
    return { kind: 'data', literal: `{${entries.join(', ')}}` }
  }
  const json = parseJson(request.body)
  if (json !== undefined) return { kind: 'json', literal: pythonLiteral(json) }
  return { kind: 'content', literal: pythonString(request.body) }
}

/**
 * Only what the lesson apps read: Authorization, and the Content-Type of a body that is not the
 * urlencoded form (httpx writes that one itself for data=, and application/json for json=).
 */
function replayedHeaders(
  { request }: Exchange,
  facts: ExchangeFacts,
  body: BodyArgument | undefined,
  mask: boolean,
): (readonly [string, string])[] {
  const headers: (readonly [string, string])[] = []
  const { authorization } = facts
  if (authorization) {
    const { basic, scheme } = authorization
    const hidden = mask && basic !== undefined && basic.password !== ''
    headers.push(['Authorization', pythonString(hidden ? `${scheme} ${MASK}` : authorization.value)])
  }
  const contentType = headerValue(request.headers, 'content-type')
  const writtenByHttpx = body?.kind === 'data' || (body?.kind === 'json' && contentType === 'application/json')
  if (body && contentType !== undefined && !writtenByHttpx) headers.push(['Content-Type', pythonString(contentType)])
  return headers
}

function call(prefix: string, callee: string, args: readonly string[]): string[] {
  const line = `${prefix}${callee}(${args.join(', ')})`
  if (line.length <= LINE_LENGTH) return [line]
  return [`${prefix}${callee}(`, ...args.map((arg) => `        ${arg},`), '    )']
}

function bodyAssertion(body: string, issuedJwt: boolean): string[] {
  if (body === '') return ['    assert response.content == b""']
  const json = parseJson(body)
  if (json === undefined) return [`    assert response.text == ${pythonString(body)}`]
  if (issuedJwt && isObject(json)) {
    const entries = Object.entries(json).map(
      ([key, value]) => `${pythonString(key)}: ${key === 'access_token' ? 'ANY' : pythonLiteral(value)}`,
    )
    return [
      '    # Each login signs a new JWT (its exp counts from the moment of login): any token will do.',
      `    assert response.json() == {${entries.join(', ')}}`,
    ]
  }
  return [`    assert response.json() == ${pythonLiteral(json)}`]
}

function isJwt(token: string | undefined): token is string {
  return token !== undefined && token.split('.').length === 3
}

function jwtNote(token: string | undefined): string[] {
  if (!isJwt(token)) return []
  const reading = decodeJwt(token)
  const exp = reading.ok ? reading.jwt.payload.exp : undefined
  const when = typeof exp === 'number' ? utcTime(exp) : undefined
  return [
    when
      ? `    # This JWT expires at ${when} (its exp claim). Once it has, an app that verifies it`
      : '    # This JWT stops working once its exp claim has passed. Then an app that verifies it',
    '    # answers 401 and this test fails: log in again and paste the fresh token here.',
  ]
}

function utcTime(unixSeconds: number): string | undefined {
  const date = new Date(unixSeconds * 1000)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z')
}

function standInNote({ response }: Exchange): string[] {
  const stepped = response?.record?.steps.some(
    (step) => step.stage === 'routing' && step.result === 'matched' && step.route.name === STAND_IN_ROUTE,
  )
  return stepped
    ? [
        '    # This route is the playground’s stand-in, not part of the tutorial: against the',
        '    # tutorial’s main.py the request answers 404 Not Found.',
      ]
    : []
}

/** Where the app's absolute URL points under TestClient: its host is `testserver` and it has no root path. */
function atTestServer(url: string, apiRoot: string): string {
  return apiRoot !== '' && url.startsWith(apiRoot) ? `${TEST_SERVER}${url.slice(apiRoot.length)}` : url
}

// Python's repr() escapes, minus its choice of quote: a double-quoted literal always.
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' }
// What str.isprintable() rejects: categories Other and Separator, except the space.
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u

/** A double-quoted Python str literal that reads back as the same text, lone surrogates included. */
export function pythonString(text: string): string {
  let literal = '"'
  for (const char of text) {
    const escape = ESCAPES[char]
    if (escape !== undefined) literal += escape
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) literal += codePointEscape(char.codePointAt(0) ?? 0)
    else literal += char
  }
  return `${literal}"`
}

function codePointEscape(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`
  return `\\U${code.toString(16).padStart(8, '0')}`
}

/** Parsed JSON as the Python literal that json.loads would give: True, False, None, dicts, lists. */
export function pythonLiteral(value: unknown): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return pythonString(value)
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`
  if (isObject(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${pythonString(key)}: ${pythonLiteral(item)}`)
      .join(', ')}}`
  }
  return 'None'
}
