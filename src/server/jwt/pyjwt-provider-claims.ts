// PyJWT 2.15's _validate_claims when the app names its issuer and its audience and requires some
// claims: required, iat, nbf, exp, iss, aud (not strict), sub, jti, in that order. Unlike 2.12
// (pyjwt-claims.ts), a time claim that int() cannot read (null, a list) is refused, not a crash.
import type { JsonObject, JsonValue } from '../json'
import { pythonStrip } from '../python-text'

export type ProviderClaimFailure =
  /** MissingRequiredClaimError: absent or null; for iss and aud, absent (aud: or empty). */
  | { readonly kind: 'missing-claim'; readonly claim: string }
  /** InvalidIssuedAtError or DecodeError: int() cannot read it. */
  | { readonly kind: 'claim-not-integer'; readonly claim: 'iat' | 'nbf' | 'exp'; readonly value: JsonValue }
  | { readonly kind: 'expired'; readonly exp: number }
  | { readonly kind: 'not-yet-valid'; readonly claim: 'iat' | 'nbf'; readonly at: number }
  | { readonly kind: 'wrong-issuer'; readonly iss: JsonValue }
  | { readonly kind: 'wrong-audience'; readonly aud: JsonValue }
  | { readonly kind: 'claim-not-string'; readonly claim: 'sub' | 'jti'; readonly value: JsonValue }

export interface ProviderClaimOptions {
  readonly audience: string
  readonly issuer: string
  readonly require: readonly string[]
  /** ms since 1970. */
  readonly now: number
}

/** Python's `int(value)` on a JSON value, or undefined where it raises (as PyJWT 2.15 catches). */
function pythonInt(value: JsonValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const text = pythonStrip(value)
    return /^[+-]?\d+(?:_\d+)*$/.test(text) ? Number(text.replace(/_/g, '')) : undefined
  }
  return undefined
}

/** Python truthiness, for `not payload["aud"]`. */
function isFalsy(value: JsonValue): boolean {
  if (value === null || value === false || value === 0 || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value).length === 0
}

export function validateProviderClaims(
  claims: JsonObject,
  options: ProviderClaimOptions,
): ProviderClaimFailure | undefined {
  for (const claim of options.require) {
    if (claims[claim] === undefined || claims[claim] === null) return { kind: 'missing-claim', claim }
  }
  const now = options.now / 1000
  for (const claim of ['iat', 'nbf', 'exp'] as const) {
    const raw = claims[claim]
    if (raw === undefined) continue
    const value = pythonInt(raw)
    if (value === undefined) return { kind: 'claim-not-integer', claim, value: raw }
    if (claim === 'exp' && value <= now) return { kind: 'expired', exp: value }
    if (claim !== 'exp' && value > now) return { kind: 'not-yet-valid', claim, at: value }
  }
  const { iss, aud, sub, jti } = claims
  if (iss === undefined) return { kind: 'missing-claim', claim: 'iss' }
  if (iss !== options.issuer) return { kind: 'wrong-issuer', iss }
  if (aud === undefined || isFalsy(aud)) return { kind: 'missing-claim', claim: 'aud' }
  const audiences = typeof aud === 'string' ? [aud] : aud
  if (
    !Array.isArray(audiences) ||
    audiences.some((entry) => typeof entry !== 'string') ||
    !audiences.includes(options.audience)
  ) {
    return { kind: 'wrong-audience', aud }
  }
  if (sub !== undefined && typeof sub !== 'string') return { kind: 'claim-not-string', claim: 'sub', value: sub }
  if (jti !== undefined && typeof jti !== 'string') return { kind: 'claim-not-string', claim: 'jti', value: jti }
  return undefined
}
