import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import type { SecurityOutcome, SecurityScheme } from './security-scheme'

/** FastAPI's `HTTPAuthorizationCredentials`. */
export interface HTTPAuthorizationCredentials {
  /** As sent: `Bearer`, `bearer`, … */
  readonly scheme: string
  readonly credentials: string
}

/**
 * `HTTPBearer()`: unlike OAuth2PasswordBearer it wants a non-empty token (`Bearer` alone fails),
 * and it describes itself as a plain `http` scheme, so Swagger UI asks for a value instead of
 * showing a password form. Every failure is 401 `Not authenticated` with a `Bearer` challenge.
 */
export function httpBearer(): SecurityScheme<HTTPAuthorizationCredentials> {
  return {
    name: 'HTTPBearer',
    openapi: { type: 'http', scheme: 'bearer' },
    authenticate(headers): SecurityOutcome<HTTPAuthorizationCredentials> {
      const authorization = headers.get('authorization')
      const { scheme, param } = splitAuthorization(authorization)
      const exception = new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Bearer' } })
      if (!authorization) return { ok: false, reason: 'no-authorization-header', sentScheme: null, exception }
      if (!scheme || !param) return { ok: false, reason: 'no-credentials', sentScheme: scheme, exception }
      if (scheme.toLowerCase() !== 'bearer') return { ok: false, reason: 'wrong-scheme', sentScheme: scheme, exception }
      return { ok: true, credentials: { scheme, credentials: param }, sentScheme: scheme, shown: param }
    },
  }
}
