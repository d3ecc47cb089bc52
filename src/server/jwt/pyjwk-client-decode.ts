// What an API that trusts an outside identity provider runs on each token, as PyJWT 2.15 does it:
//   signing_key = PyJWKClient(jwks_url).get_signing_key_from_jwt(token)
//   jwt.decode(token, signing_key, algorithms=["RS256"], audience=…, issuer=…, options={"require": […]})
// The first call reads the token without checking it, only to find the key its `kid` names in the
// provider's JWKS; the second checks the RS256 signature with that key, then the claims in PyJWT's
// order: required, iat, nbf, exp, iss, aud, sub, jti. WebCrypto checks the signature. The rules:
// docs/fastapi-behaviour.md#tokens-from-an-identity-provider-pyjwt-215.
import type { JsonObject, JsonValue } from '../json'
import type { PublishedRsaKey } from '../identity-provider/rsa-signing-key'
import { headerProblem } from './pyjwt-decode'
import { pyjwtSegmentDecode } from './pyjwt-segment'
import { pythonJsonLoadsBytes } from './python-json'
import { validateProviderClaims, type ProviderClaimFailure } from './pyjwt-provider-claims'

export type JwksFailure =
  /** DecodeError: the segments, their base64url or their JSON. */
  | { readonly kind: 'malformed'; readonly message: string }
  /** InvalidTokenError from the header: a `kid` that is not a string, a `crit` PyJWT does not know. */
  | { readonly kind: 'bad-header'; readonly message: string }
  /** PyJWKClientError: no key in the provider's JWKS has the token's `kid`. */
  | { readonly kind: 'no-matching-key'; readonly kid: JsonValue | undefined }
  | { readonly kind: 'algorithm-not-allowed'; readonly alg: JsonValue | undefined }
  | { readonly kind: 'bad-signature' }
  | ProviderClaimFailure

export type JwksDecodeResult =
  | { readonly ok: true; readonly header: JsonObject; readonly claims: JsonObject; readonly kid: string }
  | { readonly ok: false; readonly failure: JwksFailure }

export interface JwksDecodeOptions {
  /** The provider's JWKS, as PyJWKClient fetches it. */
  readonly jwks: () => Promise<{ readonly keys: readonly PublishedRsaKey[] }>
  readonly audience: string
  readonly issuer: string
  /** `options={"require": […]}`: claims that must be there and not null. */
  readonly require: readonly string[]
  /** ms since 1970. */
  readonly now: number
}

const DOT = 0x2e
const encoder = new TextEncoder()

interface LoadedToken {
  readonly header: JsonObject
  readonly payload: Uint8Array
  readonly signingInput: Uint8Array
  readonly signature: Uint8Array
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const fail = (failure: JwksFailure): JwksDecodeResult => ({ ok: false, failure })

/** PyJWS._load, _validate_headers and the `b64` checks, which both calls run first. */
function load(token: string): LoadedToken | JwksFailure {
  const bytes = encoder.encode(token)
  const lastDot = bytes.lastIndexOf(DOT)
  const firstDot = bytes.indexOf(DOT)
  if (lastDot === -1 || firstDot === lastDot) return { kind: 'malformed', message: 'Not enough segments' }
  const headerBytes = pyjwtSegmentDecode(bytes.subarray(0, firstDot))
  if (!headerBytes) return { kind: 'malformed', message: 'Invalid header padding' }
  const headerJson = pythonJsonLoadsBytes(headerBytes)
  if (!headerJson.ok) return { kind: 'malformed', message: `Invalid header string: ${headerJson.reason}` }
  const header = headerJson.value
  if (!isObject(header)) return { kind: 'malformed', message: 'Invalid header string: must be a json object' }
  const payloadSegment = bytes.subarray(firstDot + 1, lastDot)
  if (header.b64 === false) {
    if (payloadSegment.length > 0)
      return { kind: 'malformed', message: "Payload segment must be empty when 'b64' is false." }
  }
  const payload = header.b64 === false ? new Uint8Array() : pyjwtSegmentDecode(payloadSegment)
  if (!payload) return { kind: 'malformed', message: 'Invalid payload padding' }
  const signature = pyjwtSegmentDecode(bytes.subarray(lastDot + 1))
  if (!signature) return { kind: 'malformed', message: 'Invalid crypto padding' }
  const problem = headerProblem(header)
  if (problem) return { kind: 'bad-header', message: problem }
  if (header.b64 === false) {
    const crit = header.crit
    if (!Array.isArray(crit) || !crit.includes('b64')) {
      return { kind: 'bad-header', message: "The 'b64' header parameter requires 'b64' to be listed in 'crit'." }
    }
    return {
      kind: 'malformed',
      message: 'It is required that you pass in a value for the "detached_payload" argument.',
    }
  }
  return { header, payload, signingInput: bytes.subarray(0, lastDot), signature }
}

function readPayload(payload: Uint8Array): JsonObject | JwksFailure {
  const json = pythonJsonLoadsBytes(payload)
  if (!json.ok) return { kind: 'malformed', message: `Invalid payload string: ${json.reason}` }
  if (!isObject(json.value)) return { kind: 'malformed', message: 'Invalid payload string: must be a json object' }
  return json.value
}

const isFailure = (value: object): value is JwksFailure => 'kind' in value

export async function pyjwkClientDecode(token: string, options: JwksDecodeOptions): Promise<JwksDecodeResult> {
  // get_signing_key_from_jwt: decode_complete(token, options={"verify_signature": False}).
  const loaded = load(token)
  if (isFailure(loaded)) return fail(loaded)
  const payload = readPayload(loaded.payload)
  if (isFailure(payload)) return fail(payload)
  // PyJWKClient.get_signing_key: signing keys (use "sig" or none) that have a kid; the token's must match.
  const kid = loaded.header.kid
  const { keys } = await options.jwks()
  const key = keys.find((candidate) => candidate.kid !== '' && candidate.kid === kid)
  if (!key) return fail({ kind: 'no-matching-key', kid })

  // jwt.decode(token, signing_key, algorithms=["RS256"], …): the key's algorithm is RS256 too.
  const alg = loaded.header.alg
  if (alg !== 'RS256') return fail({ kind: 'algorithm-not-allowed', alg })
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { kty: key.kty, n: key.n, e: key.e },
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['verify'],
  )
  const valid = await crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5',
    publicKey,
    new Uint8Array(loaded.signature),
    new Uint8Array(loaded.signingInput),
  )
  if (!valid) return fail({ kind: 'bad-signature' })
  const failure = validateProviderClaims(payload, options)
  return failure ? fail(failure) : { ok: true, header: loaded.header, claims: payload, kid: key.kid }
}
