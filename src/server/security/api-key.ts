// FastAPI's API key classes (fastapi/security/api_key.py): APIKeyHeader, APIKeyQuery and
// APIKeyCookie read one named header, query parameter or cookie and hand its value on as the key.
// None of them checks the key: that is the app's job. The facts are in
// docs/fastapi-behaviour.md#api-keys-apikeyheader-apikeyquery-apikeycookie.
import type { ApiKeyLocation } from '../exchange-record'
import { urlencodedFields } from '../forms/read-form'
import { HTTPException } from '../http-exception'
import { requestCookies } from './starlette-cookies'
import { handNone, type HttpConnection, type SecurityOutcome, type SecurityScheme } from './security-scheme'

export interface APIKeyOptions {
  /** The header, query parameter or cookie name: `name=` in Python. */
  readonly name: string
  /** `auto_error`: true (FastAPI's default) answers 401 itself; false hands the function None instead. */
  readonly autoError?: boolean
}

type Optional = APIKeyOptions & { readonly autoError: false }

/** `APIKeyHeader(name=…)`: the header's value as sent (header names are case-insensitive). */
export function apiKeyHeader(options: Optional): SecurityScheme<string | null>
export function apiKeyHeader(options: APIKeyOptions): SecurityScheme<string>
export function apiKeyHeader(options: APIKeyOptions): SecurityScheme<string | null> {
  return apiKeyScheme('APIKeyHeader', { in: 'header', name: options.name }, options, ({ headers }) =>
    headers.get(options.name),
  )
}

/** `APIKeyQuery(name=…)`: the query parameter as Starlette's QueryParams reads it, the last of a repeat winning. */
export function apiKeyQuery(options: Optional): SecurityScheme<string | null>
export function apiKeyQuery(options: APIKeyOptions): SecurityScheme<string>
export function apiKeyQuery(options: APIKeyOptions): SecurityScheme<string | null> {
  return apiKeyScheme('APIKeyQuery', { in: 'query', name: options.name }, options, ({ url }) =>
    queryParams(url).get(options.name),
  )
}

/** `APIKeyCookie(name=…)`: the cookie as Starlette's `request.cookies` parses the Cookie header. */
export function apiKeyCookie(options: Optional): SecurityScheme<string | null>
export function apiKeyCookie(options: APIKeyOptions): SecurityScheme<string>
export function apiKeyCookie(options: APIKeyOptions): SecurityScheme<string | null> {
  return apiKeyScheme('APIKeyCookie', { in: 'cookie', name: options.name }, options, ({ headers }) =>
    requestCookies(headers).get(options.name),
  )
}

/**
 * `APIKeyBase.check_api_key`: a missing or empty key is 401 "Not authenticated" with the made-up
 * challenge `WWW-Authenticate: APIKey` (RFC 9110 wants some challenge on every 401), or None with
 * `auto_error=False`. These classes answer as today's FastAPI whatever the release: 0.92 refused
 * with 403, and the lessons that use them stay on today's FastAPI (src/lessons/release-support.ts).
 */
function apiKeyScheme(
  name: string,
  location: ApiKeyLocation,
  options: APIKeyOptions,
  read: (connection: HttpConnection) => string | null | undefined,
): SecurityScheme<string | null> {
  const autoError = options.autoError ?? true
  return {
    name,
    openapi: { type: 'apiKey', in: location.in, name: location.name },
    apiKey: location,
    authenticate(connection): SecurityOutcome<string | null> {
      const key = read(connection)
      if (key) return { ok: true, credentials: key, sentScheme: '', shown: key }
      if (!autoError) return handNone('no-api-key', null)
      return {
        ok: false,
        reason: 'no-api-key',
        sentScheme: null,
        exception: new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'APIKey' } }),
      }
    },
  }
}

/**
 * Starlette's QueryParams: urllib's `parse_qsl(query, keep_blank_values=True)`, which splits and
 * decodes as python-multipart's urlencoded parser does (fields end at `&` only, `+` is a space),
 * then a dict, so a repeated name keeps its last value.
 */
function queryParams(url: string): Map<string, string> {
  return new Map(urlencodedFields(new URL(url).search.slice(1)))
}
