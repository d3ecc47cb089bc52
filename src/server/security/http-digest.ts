// FastAPI's HTTPDigest (fastapi/security/http.py): by its own docstring "only a stub". It documents
// an `http` `digest` scheme and hands over what follows `Digest` in the Authorization header;
// nothing of RFC 7616 (realm, nonce, the response hash) is checked. That part is the app's.
import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import type { HTTPAuthorizationCredentials } from './http-bearer'
import { handNone, type SecurityOutcome, type SecurityScheme } from './security-scheme'

export interface HTTPDigestOptions {
  /** `auto_error`: true (FastAPI's default) answers 401 itself; false hands the function None instead. */
  readonly autoError?: boolean
}

/**
 * `HTTPDigest()`: passes when the header has a scheme of `digest` in any case and something after
 * it (HTTPBearer's rules with another word). Every failure is 401 `Not authenticated` with the
 * challenge `Digest` (the scheme title-cased, with no realm or nonce), or None with
 * `auto_error=False` (docs/fastapi-behaviour.md#httpdigest). It answers as today's FastAPI whatever
 * the release: 0.92 refused with 403, and the lessons that use it stay on today's FastAPI.
 */
export function httpDigest(
  options: HTTPDigestOptions & { readonly autoError: false },
): SecurityScheme<HTTPAuthorizationCredentials | null>
export function httpDigest(options?: HTTPDigestOptions): SecurityScheme<HTTPAuthorizationCredentials>
export function httpDigest(options: HTTPDigestOptions = {}): SecurityScheme<HTTPAuthorizationCredentials | null> {
  const autoError = options.autoError ?? true
  return {
    name: 'HTTPDigest',
    openapi: { type: 'http', scheme: 'digest' },
    authenticate({ headers }): SecurityOutcome<HTTPAuthorizationCredentials | null> {
      const authorization = headers.get('authorization')
      const { scheme, param } = splitAuthorization(authorization)
      const refuse = (reason: 'no-authorization-header' | 'no-credentials' | 'wrong-scheme') => {
        const sentScheme = authorization ? scheme : null
        if (!autoError) return handNone(reason, sentScheme)
        const exception = new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Digest' } })
        return { ok: false, reason, sentScheme, exception } as const
      }
      if (!authorization) return refuse('no-authorization-header')
      if (!scheme || !param) return refuse('no-credentials')
      if (scheme.toLowerCase() !== 'digest') return refuse('wrong-scheme')
      return { ok: true, credentials: { scheme, credentials: param }, sentScheme: scheme, shown: param }
    },
  }
}
