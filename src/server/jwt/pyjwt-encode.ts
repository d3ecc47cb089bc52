// `jwt.encode(claims, SECRET_KEY, algorithm="HS256")` as PyJWT writes it: the header
// {"alg":"HS256","typ":"JWT"} and the claims as Python's json.dumps prints them, signed by jose.
import { CompactSign } from 'jose'
import type { JsonObject } from '../json'
import { pythonJsonDumpsAscii } from './python-json'

const encoder = new TextEncoder()

export function pyjwtEncode(claims: JsonObject, key: string): Promise<string> {
  // The payload bytes are built here: jose's SignJWT would write non-ASCII unescaped.
  return new CompactSign(encoder.encode(pythonJsonDumpsAscii(claims)))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(encoder.encode(key))
}
