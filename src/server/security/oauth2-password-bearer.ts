import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import type { SecurityScheme } from './security-scheme'

export interface OAuth2PasswordBearerOptions {
  /** Kept exactly as given: Swagger UI resolves a relative tokenUrl against the page. */
  readonly tokenUrl: string
  readonly scopes?: Readonly<Record<string, string>>
}

/**
 * `OAuth2PasswordBearer(tokenUrl=…)`: any `Authorization: Bearer <token>` passes, in any case and
 * even with an empty token; anything else is 401 `Not authenticated` with a plain `Bearer`
 * challenge, on scoped routes too.
 */
export function oauth2PasswordBearer(options: OAuth2PasswordBearerOptions): SecurityScheme<string> {
  return {
    name: 'OAuth2PasswordBearer',
    openapi: {
      type: 'oauth2',
      flows: { password: { scopes: { ...options.scopes }, tokenUrl: options.tokenUrl } },
    },
    authenticate(headers, release = 'current') {
      const authorization = headers.get('authorization')
      const { scheme, param, unstripped } = splitAuthorization(authorization, release)
      if (authorization && scheme.toLowerCase() === 'bearer') {
        // The check itself is the same in 0.92; only the token it hands on may differ.
        const releaseChanges = unstripped ? (['bearer-token-not-stripped'] as const) : []
        return { ok: true, credentials: param, sentScheme: scheme, shown: param, releaseChanges }
      }
      return {
        ok: false,
        reason: authorization ? 'wrong-scheme' : 'no-authorization-header',
        sentScheme: authorization ? scheme : null,
        exception: new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Bearer' } }),
      }
    },
  }
}
