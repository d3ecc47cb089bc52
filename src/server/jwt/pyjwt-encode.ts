// `jwt.encode(claims, SECRET_KEY, algorithm="HS256")` as PyJWT writes it: the header
// {"alg":"HS256","typ":"JWT"} and the claims as Python's json.dumps prints them, signed by jose.
import { CompactSign } from 'jose'
import type { JsonObject } from '../json'
import { ACCESS_TOKEN_EXPIRE_MINUTES, ALGORITHM, SECRET_KEY } from './jwt-settings'
import { pythonJsonDumps } from './python-json'

const encoder = new TextEncoder()

export function pyjwtEncode(claims: JsonObject, key: string): Promise<string> {
  // The payload bytes are built here: jose's SignJWT would write non-ASCII unescaped.
  return new CompactSign(encoder.encode(pythonJsonDumps(claims)))
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .sign(encoder.encode(key))
}

/**
 * The tutorials' create_access_token: the data, then `exp` thirty minutes from now, whole
 * seconds (PyJWT drops the fraction of the datetime). `now` is in milliseconds.
 */
export function createAccessToken(data: JsonObject, now: number): Promise<string> {
  const exp = Math.floor(now / 1000) + ACCESS_TOKEN_EXPIRE_MINUTES * 60
  return pyjwtEncode({ ...data, exp }, SECRET_KEY)
}
