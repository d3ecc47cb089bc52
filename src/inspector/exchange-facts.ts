// What one exchange says once read closely: its path below the API root, its Authorization
// header split as FastAPI splits it, its password form, the token it issued or carried.
// Exchanges are immutable, so each is read once and remembered.
import { urlencodedFields } from '../server/forms/read-form'
import { mediaTypeOf } from '../server/media-type'
import { splitAuthorization } from '../server/security/authorization-header'
import { decodeBasicCredentials } from '../server/security/http-basic'
import type { Exchange } from './exchange'

export type HeaderList = readonly (readonly [string, string])[]

export interface AuthorizationFacts {
  readonly value: string
  /** As FastAPI's get_authorization_scheme_param splits it: scheme as sent, parameter stripped. */
  readonly scheme: string
  readonly credentials: string
  /** For `Basic`: the decoded `user:password` pair, when it decodes. */
  readonly basic: { readonly user: string; readonly password: string } | undefined
}

export interface ExchangeFacts {
  /** The path as FastAPI sees it below the root path, with the query string. */
  readonly path: string
  readonly durationMs: number | undefined
  readonly isDocument: boolean
  /** The password form that Swagger UI's Authorize dialog (or anyone) posts to a token URL. */
  readonly isTokenRequest: boolean
  /**
   * Whether Swagger UI's Authorize dialog sent it, rather than Try it out or the panel: the dialog's
   * login is the one request Swagger UI marks with `X-Requested-With: XMLHttpRequest`.
   */
  readonly fromAuthorizeDialog: boolean
  readonly form: HeaderList | undefined
  readonly authorization: AuthorizationFacts | undefined
  /** The `access_token` of a successful JSON answer. */
  readonly issuedToken: string | undefined
  /** The token of an `Authorization: Bearer …` header. */
  readonly carriedToken: string | undefined
}

const cache = new WeakMap<Exchange, ExchangeFacts>()

export function factsOf(exchange: Exchange): ExchangeFacts {
  let facts = cache.get(exchange)
  if (!facts) {
    facts = readFacts(exchange)
    cache.set(exchange, facts)
  }
  return facts
}

function readFacts({ request, response, context }: Exchange): ExchangeFacts {
  const path = pathBelowRoot(request.url, context.apiRoot)
  const form = isUrlencoded(headerValue(request.headers, 'content-type')) ? decodeForm(request.body) : undefined
  const authorization = readAuthorization(headerValue(request.headers, 'authorization'))
  const fieldNames = new Set(form?.map(([name]) => name))
  const isTokenRequest = request.method === 'POST' && (fieldNames.has('grant_type') || fieldNames.has('username'))
  return {
    path,
    durationMs: response ? Math.max(0, response.finishedAt - request.startedAt) : undefined,
    isDocument: request.method === 'GET' && /^\/openapi\.json(\?|$)/.test(path),
    isTokenRequest,
    fromAuthorizeDialog: isTokenRequest && headerValue(request.headers, 'x-requested-with') === 'XMLHttpRequest',
    form,
    authorization,
    issuedToken: response && response.status < 300 ? accessTokenIn(response.body) : undefined,
    carriedToken:
      authorization && authorization.scheme.toLowerCase() === 'bearer' && authorization.credentials !== ''
        ? authorization.credentials
        : undefined,
  }
}

export function headerValue(headers: HeaderList, name: string): string | undefined {
  const wanted = name.toLowerCase()
  return headers.find(([key]) => key.toLowerCase() === wanted)?.[1]
}

export function pathBelowRoot(url: string, apiRoot: string): string {
  if (apiRoot && url.startsWith(apiRoot)) return `/${url.slice(apiRoot.length)}`
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`
}

function isUrlencoded(contentType: string | undefined): boolean {
  return mediaTypeOf(contentType) === 'application/x-www-form-urlencoded'
}

/** Every field in the order sent, repeats included (FastAPI keeps the last of a repeated field). */
export function decodeForm(body: string): HeaderList {
  return urlencodedFields(body)
}

export function readAuthorization(value: string | undefined): AuthorizationFacts | undefined {
  if (value === undefined) return undefined
  const { scheme, param } = splitAuthorization(value)
  return {
    value,
    scheme,
    credentials: param,
    basic: scheme.toLowerCase() === 'basic' ? decodeBasic(param) : undefined,
  }
}

/** The server's own decoder, so that the inspector shows a pair exactly when HTTPBasic accepts it. */
function decodeBasic(param: string): AuthorizationFacts['basic'] {
  const decoded = decodeBasicCredentials(param)
  return decoded.ok ? { user: decoded.credentials.username, password: decoded.credentials.password } : undefined
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function accessTokenIn(body: string): string | undefined {
  if (!body.includes('access_token')) return undefined
  const parsed = parseJson(body)
  return isObject(parsed) && typeof parsed.access_token === 'string' ? parsed.access_token : undefined
}

/** The password flow's `tokenUrl`, exactly as the OpenAPI document writes it. */
export function tokenUrlFromDocument(body: string): string | undefined {
  const document = parseJson(body)
  if (!isObject(document) || !isObject(document.components)) return undefined
  const schemes = document.components.securitySchemes
  if (!isObject(schemes)) return undefined
  for (const scheme of Object.values(schemes)) {
    if (!isObject(scheme) || !isObject(scheme.flows) || !isObject(scheme.flows.password)) continue
    const { tokenUrl } = scheme.flows.password
    if (typeof tokenUrl === 'string') return tokenUrl
  }
  return undefined
}
