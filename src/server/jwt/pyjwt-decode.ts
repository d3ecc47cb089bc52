// `jwt.decode(token, SECRET_KEY, algorithms=["HS256"])` as PyJWT 2.12 runs it, step for step:
// split, decode the header, check it, verify the HMAC, decode the payload, validate the claims.
// The HMAC is WebCrypto's; the steps around it copy Python, where jose's rules differ. (PyJWT
// releases after 2.12 check segment padding more strictly; 2.12 is what the tutorials pin.)
import type { JsonObject, JsonValue } from '../json'
import type { JwtFailure } from './jwt-failure'
import { validateClaims } from './pyjwt-claims'
import { pyjwtBase64urlDecode } from './pyjwt-base64url-decode'
import { pythonJsonLoadsBytes } from './python-json'

export type JwtDecodeResult =
  | { readonly ok: true; readonly header: JsonObject; readonly claims: JsonObject }
  | { readonly ok: false; readonly failure: JwtFailure }

export interface JwtDecodeOptions {
  readonly key: string
  /** Milliseconds since the epoch. */
  readonly now: number
  /** `options={"require": [...]}`: claims that must be present and not null. */
  readonly require?: readonly string[]
}

const ALGORITHMS: readonly string[] = ['HS256']
const SUPPORTED_CRIT: readonly string[] = ['b64']
const DOT = 0x2e
const encoder = new TextEncoder()

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function malformed(message: string): JwtDecodeResult {
  return { ok: false, failure: { kind: 'malformed', error: 'DecodeError', message } }
}

function badHeader(message: string): JwtDecodeResult {
  return { ok: false, failure: { kind: 'bad-header', error: 'InvalidTokenError', message } }
}

/** PyJWS._validate_headers: `kid` must be a string; every `crit` entry must be understood. */
export function headerProblem(header: JsonObject): string | undefined {
  if ('kid' in header && typeof header.kid !== 'string') return 'Key ID header parameter must be a string'
  if (!('crit' in header)) return undefined
  const crit = header.crit
  if (!Array.isArray(crit) || crit.length === 0) return "Invalid 'crit' header: must be a non-empty list"
  for (const extension of crit as readonly JsonValue[]) {
    if (typeof extension !== 'string') return "Invalid 'crit' header: values must be strings"
    if (!SUPPORTED_CRIT.includes(extension)) return `Unsupported critical extension: ${extension}`
    if (!(extension in header)) return `Critical extension '${extension}' is missing from headers`
  }
  return undefined
}

const hmacKeys = new Map<string, Promise<CryptoKey>>()

function hmacKey(key: string): Promise<CryptoKey> {
  let imported = hmacKeys.get(key)
  if (!imported) {
    imported = crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    hmacKeys.set(key, imported)
  }
  return imported
}

export async function pyjwtDecode(token: string, options: JwtDecodeOptions): Promise<JwtDecodeResult> {
  // Starlette hands the header over as a str; PyJWT encodes it to UTF-8 bytes first.
  const bytes = encoder.encode(token)
  const lastDot = bytes.lastIndexOf(DOT)
  const firstDot = bytes.indexOf(DOT)
  if (lastDot === -1 || firstDot === lastDot) return malformed('Not enough segments')
  // rsplit(".", 1) then split(".", 1): any extra dots end up inside the payload segment.
  const signingInput = bytes.subarray(0, lastDot)
  const headerBytes = pyjwtBase64urlDecode(bytes.subarray(0, firstDot))
  if (!headerBytes) return malformed('Invalid header padding')
  const headerJson = pythonJsonLoadsBytes(headerBytes)
  if (!headerJson.ok) return malformed(`Invalid header string: ${headerJson.reason}`)
  const header = headerJson.value
  if (!isObject(header)) return malformed('Invalid header string: must be a json object')
  const payloadBytes = pyjwtBase64urlDecode(bytes.subarray(firstDot + 1, lastDot))
  if (!payloadBytes) return malformed('Invalid payload padding')
  const signature = pyjwtBase64urlDecode(bytes.subarray(lastDot + 1))
  if (!signature) return malformed('Invalid crypto padding')

  const problem = headerProblem(header)
  if (problem) return badHeader(problem)
  if (header.b64 === false) {
    return malformed(
      'It is required that you pass in a value for the "detached_payload" argument to decode a message having the b64 header set to false.',
    )
  }

  if (!('alg' in header)) {
    return {
      ok: false,
      failure: { kind: 'algorithm-not-allowed', error: 'InvalidAlgorithmError', message: 'Algorithm not specified' },
    }
  }
  const alg = header.alg
  if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
    return {
      ok: false,
      failure: {
        kind: 'algorithm-not-allowed',
        error: 'InvalidAlgorithmError',
        message: 'The specified alg value is not allowed',
        alg,
      },
    }
  }
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(options.key), signature, new Uint8Array(signingInput))
  if (!valid) {
    return {
      ok: false,
      failure: { kind: 'bad-signature', error: 'InvalidSignatureError', message: 'Signature verification failed' },
    }
  }

  const payloadJson = pythonJsonLoadsBytes(payloadBytes)
  if (!payloadJson.ok) return malformed(`Invalid payload string: ${payloadJson.reason}`)
  const claims = payloadJson.value
  if (!isObject(claims)) return malformed('Invalid payload string: must be a json object')
  const failure = validateClaims(claims, options.now / 1000, options.require)
  return failure ? { ok: false, failure } : { ok: true, header, claims }
}
