// What Swagger UI sends, as the replays of the experiments rebuild it: the schemes an operation
// lists, what the Authorize dialog holds, Try it out with those credentials (as swagger-client's
// applySecurities adds them), a form's Try it out, and the password login with its token read back.
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'

export const FORM = 'application/x-www-form-urlencoded'

/** A security scheme as the OpenAPI document describes it: what Swagger UI reads to send credentials. */
export interface DocumentedScheme {
  /** Its name in `components.securitySchemes` (FastAPI's class name). */
  readonly name: string
  /** `oauth2`, `http` or `apiKey`. */
  readonly type: string
  /** An `http` scheme's word: `basic`, `bearer`, `digest`. */
  readonly scheme?: string
  /** An `apiKey` scheme's place, `header`, `query` or `cookie`, and the name it has there. */
  readonly in?: string
  readonly keyName?: string
}

interface OpenApiShape {
  readonly paths?: Readonly<Record<string, Readonly<Record<string, { readonly security?: unknown }>>>>
  readonly components?: { readonly securitySchemes?: Readonly<Record<string, Readonly<Record<string, unknown>>>> }
}

/** The schemes of one operation of an OpenAPI document, in the order of its `security` list. */
export function operationSchemes(document: unknown, method: string, path: string): DocumentedScheme[] {
  const { paths, components } = document as OpenApiShape
  const security = paths?.[path]?.[method.toLowerCase()]?.security
  if (!Array.isArray(security)) return []
  const names = security.flatMap((requirement: unknown) =>
    typeof requirement === 'object' && requirement !== null ? Object.keys(requirement) : [],
  )
  return names.map((name) => {
    const described = components?.securitySchemes?.[name] ?? {}
    const text = (key: string) => (typeof described[key] === 'string' ? described[key] : undefined)
    const [type = '', scheme, place, keyName] = [text('type'), text('scheme'), text('in'), text('name')]
    return {
      name,
      type,
      ...(scheme === undefined ? {} : { scheme }),
      ...(place === undefined ? {} : { in: place }),
      ...(keyName === undefined ? {} : { keyName }),
    }
  })
}

/** What the Authorize dialog holds, one value per kind of scheme, and API keys by scheme name. */
export interface Authorized {
  /** `Authorization` after a password login: `Bearer <access_token>`. */
  oauth2?: string
  /** What was typed into HTTPBearer's Value box. */
  bearer?: string
  /** `Authorization: Basic …`, as btoa wrote it. */
  basic?: string
  readonly apiKeys: Map<string, string>
  /** `Bearer <access_token>` of a code-flow login in the provider's popup, by the scheme authorized. */
  readonly codeFlow: Map<string, string>
}

export function nothingAuthorized(): Authorized {
  return { apiKeys: new Map(), codeFlow: new Map() }
}

/**
 * Try it out, Execute: swagger-client's applySecurities walks the operation's schemes in order and
 * adds each one the dialog holds a value for, a later `Authorization` replacing an earlier one. An
 * API key in a cookie is left out: a page's fetch may not set the Cookie header.
 */
export function tryItOut(
  method: string,
  path: string,
  schemes: readonly DocumentedScheme[],
  authorized: Authorized,
): OracleRequest {
  const headers: [string, string][] = [['accept', 'application/json']]
  const query: string[] = []
  const setHeader = (name: string, value: string) => {
    const index = headers.findIndex(([sent]) => sent.toLowerCase() === name.toLowerCase())
    if (index === -1) headers.push([name, value])
    else headers[index] = [name, value]
  }
  for (const scheme of schemes) {
    if (scheme.type === 'oauth2' && authorized.oauth2 !== undefined) setHeader('authorization', authorized.oauth2)
    if (scheme.type === 'http' && /^bearer$/i.test(scheme.scheme ?? '') && authorized.bearer !== undefined)
      setHeader('authorization', `Bearer ${authorized.bearer}`)
    if (scheme.type === 'http' && /^basic$/i.test(scheme.scheme ?? '') && authorized.basic !== undefined)
      setHeader('authorization', authorized.basic)
    const codeFlow = authorized.codeFlow.get(scheme.name)
    if (codeFlow !== undefined) setHeader('authorization', codeFlow)
    const key = scheme.type === 'apiKey' ? authorized.apiKeys.get(scheme.name) : undefined
    if (key !== undefined && scheme.keyName !== undefined) {
      if (scheme.in === 'header') setHeader(scheme.keyName, key)
      if (scheme.in === 'query') query.push(`${encodeURIComponent(scheme.keyName)}=${encodeURIComponent(key)}`)
    }
  }
  const url = query.length === 0 ? path : `${path}${path.includes('?') ? '&' : '?'}${query.join('&')}`
  return { method, path: url, headers }
}

/**
 * Swagger UI's Authorize dialog, password flow, with its default client credentials location: an
 * empty client id and secret as `Authorization: Basic Og==` (swagger-ui's src/core/plugins/auth/actions.js).
 */
export function swaggerLogin(username: string, password: string, scopes: readonly string[]): OracleRequest {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+')
  const fields: [string, string][] = [
    ['grant_type', 'password'],
    ['scope', scopes.join(' ')],
    ['username', username],
    ['password', password],
  ]
  return {
    method: 'POST',
    path: '/token',
    headers: [
      ['accept', 'application/json, text/plain, */*'],
      ['content-type', FORM],
      ['x-requested-with', 'XMLHttpRequest'],
      ['authorization', 'Basic Og=='],
    ],
    body: fields
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `${name}=${encode(value)}`)
      .join('&'),
  }
}

/** `Authorization: <token_type> <access_token>` once a login succeeded, as swagger-client builds it. */
export function bearerFrom(answer: OracleAnswer): string | undefined {
  if (answer.status < 200 || answer.status > 299) return undefined
  let body: unknown
  try {
    body = JSON.parse(answer.body)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null || 'error' in body) return undefined
  const { access_token: token, token_type: type } = body as { access_token?: unknown; token_type?: unknown }
  if (typeof token !== 'string') return undefined
  const scheme = typeof type !== 'string' || type.toLowerCase() === 'bearer' ? 'Bearer' : type
  return `${scheme} ${token}`
}

/** Try it out on a form: the fields typed alone, and with a sample value in every other field. */
export function tryItOutForms(method: string, path: string, fields: Readonly<Record<string, string>>): OracleRequest[] {
  const typed = new URLSearchParams(fields).toString()
  const samples = new URLSearchParams({
    grant_type: 'password',
    scope: '',
    client_id: 'string',
    client_secret: 'string',
    ...fields,
  }).toString()
  return [typed, samples].map((body) => ({ method, path, headers: [['content-type', FORM]], body }))
}
