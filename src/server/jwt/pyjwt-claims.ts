// PyJWT's _validate_claims with jwt.decode's defaults (no leeway, no audience, no issuer), in its
// order: the claims named in `options={"require": [...]}`, then iat, nbf, exp, aud, sub, jti.
import type { JsonObject, JsonValue } from '../json'
import { pythonStrip } from '../python-text'
import type { JwtFailure, TimeClaim } from './jwt-failure'

/**
 * Python's `int(value)` on a JSON value. A string that is not an integer is a ValueError, which
 * PyJWT turns into an invalid token; null, a list or an object is a TypeError that PyJWT 2.12
 * does not catch, so the app answers 500: that is thrown here too. (Later PyJWT releases, 2.15
 * for one, catch it and refuse the token instead.)
 */
function pythonInt(value: JsonValue): number | 'value-error' {
  if (typeof value === 'number') {
    // JSON.parse turns 1e400 into Infinity where Python makes a float('inf'): OverflowError.
    if (!Number.isFinite(value)) throw new RangeError('OverflowError: cannot convert float infinity to integer')
    return Math.trunc(value)
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    // Python also accepts non-ASCII decimal digits here; no token of these apps has any.
    const text = pythonStrip(value)
    return /^[+-]?\d+(?:_\d+)*$/.test(text) ? Number(text.replace(/_/g, '')) : 'value-error'
  }
  const typeName = value === null ? 'NoneType' : Array.isArray(value) ? 'list' : 'dict'
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName}'`)
}

function notInteger(claim: TimeClaim, value: JsonValue): JwtFailure {
  if (claim === 'iat') {
    return {
      kind: 'claim-not-integer',
      error: 'InvalidIssuedAtError',
      message: 'Issued At claim (iat) must be an integer.',
      claim,
      value: JSON.stringify(value),
    }
  }
  const name = claim === 'nbf' ? 'Not Before claim (nbf)' : 'Expiration Time claim (exp)'
  return {
    kind: 'claim-not-integer',
    error: 'DecodeError',
    message: `${name} must be an integer.`,
    claim,
    value: JSON.stringify(value),
  }
}

/** Python truthiness, for `not payload["aud"]`. */
function isFalsy(value: JsonValue): boolean {
  if (value === null || value === false || value === 0 || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return typeof value === 'object' && Object.keys(value).length === 0
}

/**
 * `now` is in seconds, with a fraction, as `datetime.now(tz=timezone.utc).timestamp()`. `require`
 * is `options={"require": [...]}`: each claim must be present and not null, checked in that order.
 */
export function validateClaims(
  claims: JsonObject,
  now: number,
  require: readonly string[] = [],
): JwtFailure | undefined {
  for (const claim of require) {
    // `payload.get(claim) is None`: absent, or JSON null.
    if (!Object.hasOwn(claims, claim) || claims[claim] === null) {
      return {
        kind: 'missing-claim',
        error: 'MissingRequiredClaimError',
        message: `Token is missing the "${claim}" claim`,
        claim,
      }
    }
  }
  const { iat, nbf, exp, aud, sub, jti } = claims
  if (iat !== undefined) {
    const value = pythonInt(iat)
    if (value === 'value-error') return notInteger('iat', iat)
    if (value > now) {
      return {
        kind: 'not-yet-valid',
        error: 'ImmatureSignatureError',
        message: 'The token is not yet valid (iat)',
        claim: 'iat',
        at: value,
      }
    }
  }
  if (nbf !== undefined) {
    const value = pythonInt(nbf)
    if (value === 'value-error') return notInteger('nbf', nbf)
    if (value > now) {
      return {
        kind: 'not-yet-valid',
        error: 'ImmatureSignatureError',
        message: 'The token is not yet valid (nbf)',
        claim: 'nbf',
        at: value,
      }
    }
  }
  if (exp !== undefined) {
    const value = pythonInt(exp)
    if (value === 'value-error') return notInteger('exp', exp)
    if (value <= now) {
      return { kind: 'expired', error: 'ExpiredSignatureError', message: 'Signature has expired', exp: value }
    }
  }
  // No audience was asked for, so any non-empty aud is one the app cannot accept.
  if (aud !== undefined && !isFalsy(aud)) {
    return { kind: 'audience-not-allowed', error: 'InvalidAudienceError', message: 'Invalid audience', aud }
  }
  if (sub !== undefined && typeof sub !== 'string') {
    return {
      kind: 'claim-not-string',
      error: 'InvalidSubjectError',
      message: 'Subject must be a string',
      claim: 'sub',
      value: sub,
    }
  }
  if (jti !== undefined && typeof jti !== 'string') {
    return {
      kind: 'claim-not-string',
      error: 'InvalidJTIError',
      message: 'JWT ID must be a string',
      claim: 'jti',
      value: jti,
    }
  }
  return undefined
}
