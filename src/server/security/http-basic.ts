import type { SecurityRejection } from '../exchange-record'
import { HTTPException } from '../http-exception'
import type { ReleaseChangeId } from '../release-changes'
import { splitAuthorization } from './authorization-header'
import { pythonB64decode } from '../python-b64decode'
import { handNone, type SecurityOutcome, type SecurityScheme } from './security-scheme'

/** FastAPI's `HTTPBasicCredentials`. */
export interface HTTPBasicCredentials {
  readonly username: string
  readonly password: string
}

export interface HTTPBasicOptions {
  /** Added to the challenge as `Basic realm="…"`; the tutorials set none. */
  readonly realm?: string
  /**
   * `auto_error`: false hands the function None when the header is missing or names another
   * scheme; credentials that do not decode are still a 401.
   */
  readonly autoError?: boolean
}

export type BasicDecoding =
  | { readonly ok: true; readonly credentials: HTTPBasicCredentials }
  | { readonly ok: false; readonly reason: SecurityRejection }

/**
 * `HTTPBasic()`: `Authorization: Basic <base64 of username:password>`, decoded as Python does
 * (lenient base64, then ASCII, then split at the first colon). Today every failure is the same 401
 * `Not authenticated` with a `Basic` challenge; only the recorded reason tells them apart. FastAPI
 * 0.92 (fastapi/security/http.py there) said "Invalid authentication credentials" once the scheme
 * was right but the rest could not be decoded, and decoded the parameter without stripping it.
 */
export function httpBasic(
  options: HTTPBasicOptions & { readonly autoError: false },
): SecurityScheme<HTTPBasicCredentials | null>
export function httpBasic(options?: HTTPBasicOptions): SecurityScheme<HTTPBasicCredentials>
export function httpBasic(options: HTTPBasicOptions = {}): SecurityScheme<HTTPBasicCredentials | null> {
  const challenge = options.realm === undefined ? 'Basic' : `Basic realm="${options.realm}"`
  const autoError = options.autoError ?? true
  return {
    name: 'HTTPBasic',
    openapi: { type: 'http', scheme: 'basic' },
    authenticate({ headers }, release = 'current'): SecurityOutcome<HTTPBasicCredentials | null> {
      const authorization = headers.get('authorization')
      const { scheme, param, unstripped } = splitAuthorization(authorization, release)
      const reject = (
        reason: SecurityRejection,
        detail = 'Not authenticated',
        releaseChanges: readonly ReleaseChangeId[] = [],
      ): SecurityOutcome<HTTPBasicCredentials | null> => ({
        ok: false,
        reason,
        sentScheme: authorization ? scheme : null,
        exception: new HTTPException(401, detail, { headers: { 'WWW-Authenticate': challenge } }),
        releaseChanges,
      })
      if (!authorization)
        return autoError ? reject('no-authorization-header') : handNone('no-authorization-header', null)
      if (scheme.toLowerCase() !== 'basic') return autoError ? reject('wrong-scheme') : handNone('wrong-scheme', scheme)
      const decoded = decodeBasicCredentials(param)
      if (!decoded.ok) {
        if (release === 'current') return reject(decoded.reason)
        // Stripping matters only to a parameter that Python whitespace outside ASCII made undecodable.
        const todayPasses = unstripped && decodeBasicCredentials(splitAuthorization(authorization).param).ok
        return reject(decoded.reason, 'Invalid authentication credentials', [
          'basic-invalid-credentials',
          ...(todayPasses ? (['bearer-token-not-stripped'] as const) : []),
        ])
      }
      const { username } = decoded.credentials
      return { ok: true, credentials: decoded.credentials, sentScheme: scheme, shown: username }
    },
  }
}

/** The parameter of `Authorization: Basic …` decoded as HTTPBasic decodes it; the inspector shows the same. */
export function decodeBasicCredentials(param: string): BasicDecoding {
  const decoded = pythonB64decode(param)
  if (!decoded.ok) return { ok: false, reason: 'invalid-base64' }
  // `.decode("ascii")`: one byte above 0x7F (a UTF-8 "ö", say) fails the whole header.
  if (decoded.bytes.some((byte) => byte > 0x7f)) return { ok: false, reason: 'not-ascii' }
  const text = new TextDecoder().decode(decoded.bytes)
  const colon = text.indexOf(':')
  if (colon === -1) return { ok: false, reason: 'no-colon' }
  return { ok: true, credentials: { username: text.slice(0, colon), password: text.slice(colon + 1) } }
}
