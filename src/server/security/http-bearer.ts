import type { FastApiRelease } from '../fastapi-release'
import { HTTPException } from '../http-exception'
import type { ReleaseChangeId } from '../release-changes'
import { splitAuthorization } from './authorization-header'
import { handNone, type SecurityOutcome, type SecurityScheme } from './security-scheme'

/** FastAPI's `HTTPAuthorizationCredentials`. */
export interface HTTPAuthorizationCredentials {
  /** As sent: `Bearer`, `bearer`, … */
  readonly scheme: string
  readonly credentials: string
}

export interface HTTPBearerOptions {
  /** `auto_error`: true (FastAPI's default) answers 401 itself; false hands the function None instead. */
  readonly autoError?: boolean
}

/**
 * `HTTPBearer()`: unlike OAuth2PasswordBearer it wants a non-empty token (`Bearer` alone fails),
 * and it describes itself as a plain `http` scheme, so Swagger UI asks for a value instead of
 * showing a password form. Every failure is 401 `Not authenticated` with a `Bearer` challenge, or
 * None with `auto_error=False` (docs/fastapi-behaviour.md#auto_errorfalse).
 */
export function httpBearer(
  options: HTTPBearerOptions & { readonly autoError: false },
): SecurityScheme<HTTPAuthorizationCredentials | null>
export function httpBearer(options?: HTTPBearerOptions): SecurityScheme<HTTPAuthorizationCredentials>
export function httpBearer(options: HTTPBearerOptions = {}): SecurityScheme<HTTPAuthorizationCredentials | null> {
  const autoError = options.autoError ?? true
  return {
    name: 'HTTPBearer',
    openapi: { type: 'http', scheme: 'bearer' },
    authenticate({ headers }, release = 'current'): SecurityOutcome<HTTPAuthorizationCredentials | null> {
      const authorization = headers.get('authorization')
      const outcome = release === '0.92' ? authenticate092(authorization) : authenticateToday(authorization)
      if (outcome.ok || autoError) return outcome
      // Not the 0.92 marks of the 403 either: with auto_error=False both releases hand on None.
      return handNone(outcome.reason, outcome.sentScheme)
    },
  }
}

function authenticateToday(authorization: string | null): SecurityOutcome<HTTPAuthorizationCredentials> {
  const { scheme, param } = splitAuthorization(authorization)
  const exception = new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Bearer' } })
  if (!authorization) return { ok: false, reason: 'no-authorization-header', sentScheme: null, exception }
  if (!scheme || !param) return { ok: false, reason: 'no-credentials', sentScheme: scheme, exception }
  if (scheme.toLowerCase() !== 'bearer') return { ok: false, reason: 'wrong-scheme', sentScheme: scheme, exception }
  return { ok: true, credentials: { scheme, credentials: param }, sentScheme: scheme, shown: param }
}

/**
 * FastAPI 0.92's HTTPBearer.__call__ (fastapi/security/http.py there): 403 without a challenge,
 * "Not authenticated" when the header, scheme or credentials are missing, "Invalid authentication
 * credentials" for another scheme; the credentials are not stripped.
 */
function authenticate092(authorization: string | null): SecurityOutcome<HTTPAuthorizationCredentials> {
  const release: FastApiRelease = '0.92'
  const { scheme, param, unstripped } = splitAuthorization(authorization, release)
  const releaseChanges: ReleaseChangeId[] = ['security-403']
  if (!authorization || !scheme || !param) {
    return {
      ok: false,
      reason: authorization ? 'no-credentials' : 'no-authorization-header',
      sentScheme: authorization ? scheme : null,
      exception: new HTTPException(403, 'Not authenticated'),
      releaseChanges,
    }
  }
  if (scheme.toLowerCase() !== 'bearer') {
    return {
      ok: false,
      reason: 'wrong-scheme',
      sentScheme: scheme,
      exception: new HTTPException(403, 'Invalid authentication credentials'),
      releaseChanges,
    }
  }
  // A token of whitespace only passes here; today it is stripped to nothing and refused.
  return {
    ok: true,
    credentials: { scheme, credentials: param },
    sentScheme: scheme,
    shown: param,
    releaseChanges: unstripped ? ['bearer-token-not-stripped'] : [],
  }
}
