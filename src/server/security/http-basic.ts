import type { SecurityRejection } from '../exchange-record'
import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import { pythonB64decode } from '../python-base64'
import type { SecurityOutcome, SecurityScheme } from './security-scheme'

/** FastAPI's `HTTPBasicCredentials`. */
export interface HTTPBasicCredentials {
  readonly username: string
  readonly password: string
}

export interface HTTPBasicOptions {
  /** Added to the challenge as `Basic realm="…"`; the tutorials set none. */
  readonly realm?: string
}

/**
 * `HTTPBasic()`: `Authorization: Basic <base64 of username:password>`, decoded as Python does
 * (lenient base64, then ASCII, then split at the first colon). Every failure is the same 401
 * `Not authenticated` with a `Basic` challenge; only the recorded reason tells them apart.
 */
export function httpBasic(options: HTTPBasicOptions = {}): SecurityScheme<HTTPBasicCredentials> {
  const challenge = options.realm === undefined ? 'Basic' : `Basic realm="${options.realm}"`

  return {
    name: 'HTTPBasic',
    openapi: { type: 'http', scheme: 'basic' },
    authenticate(headers): SecurityOutcome<HTTPBasicCredentials> {
      const authorization = headers.get('authorization')
      const { scheme, param } = splitAuthorization(authorization)
      const reject = (reason: SecurityRejection): SecurityOutcome<HTTPBasicCredentials> => ({
        ok: false,
        reason,
        sentScheme: authorization ? scheme : null,
        exception: new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': challenge } }),
      })

      if (!authorization) return reject('no-authorization-header')
      if (scheme.toLowerCase() !== 'basic') return reject('wrong-scheme')
      const decoded = pythonB64decode(param)
      if (!decoded.ok) return reject('invalid-base64')
      // `.decode("ascii")`: one byte above 0x7F (a UTF-8 "ö", say) fails the whole header.
      if (decoded.bytes.some((byte) => byte > 0x7f)) return reject('not-ascii')
      const text = new TextDecoder().decode(decoded.bytes)
      const colon = text.indexOf(':')
      if (colon === -1) return reject('no-colon')

      const username = text.slice(0, colon)
      return {
        ok: true,
        credentials: { username, password: text.slice(colon + 1) },
        sentScheme: scheme,
        shown: username,
      }
    },
  }
}
