import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import { handNone, type SecurityScheme } from './security-scheme'

export interface OAuth2PasswordBearerOptions {
  /** Kept exactly as given: Swagger UI resolves a relative tokenUrl against the page. */
  readonly tokenUrl: string
  readonly scopes?: Readonly<Record<string, string>>
  /** `auto_error`: true (FastAPI's default) answers 401 itself; false hands the function None instead. */
  readonly autoError?: boolean
}

/**
 * `OAuth2PasswordBearer(tokenUrl=…)`: any `Authorization: Bearer <token>` passes, in any case and
 * even with an empty token; anything else is 401 `Not authenticated` with a plain `Bearer`
 * challenge, on scoped routes too. With `auto_error=False` that anything else is None instead
 * (docs/fastapi-behaviour.md#auto_errorfalse), in 0.92 as today.
 */
export function oauth2PasswordBearer(
  options: OAuth2PasswordBearerOptions & { readonly autoError: false },
): SecurityScheme<string | null>
export function oauth2PasswordBearer(options: OAuth2PasswordBearerOptions): SecurityScheme<string>
export function oauth2PasswordBearer(options: OAuth2PasswordBearerOptions): SecurityScheme<string | null> {
  const autoError = options.autoError ?? true
  return {
    name: 'OAuth2PasswordBearer',
    openapi: {
      type: 'oauth2',
      flows: { password: { scopes: { ...options.scopes }, tokenUrl: options.tokenUrl } },
    },
    authenticate({ headers }, release = 'current') {
      const authorization = headers.get('authorization')
      const { scheme, param, unstripped } = splitAuthorization(authorization, release)
      if (authorization && scheme.toLowerCase() === 'bearer') {
        // The check itself is the same in 0.92; only the token it hands on may differ.
        const releaseChanges = unstripped ? (['bearer-token-not-stripped'] as const) : []
        return { ok: true, credentials: param, sentScheme: scheme, shown: param, releaseChanges }
      }
      const reason = authorization ? 'wrong-scheme' : 'no-authorization-header'
      const sentScheme = authorization ? scheme : null
      if (!autoError) return handNone(reason, sentScheme)
      return {
        ok: false,
        reason,
        sentScheme,
        exception: new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Bearer' } }),
      }
    },
  }
}
