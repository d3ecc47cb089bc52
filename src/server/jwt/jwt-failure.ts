// Why PyJWT refused a token: its exception class and message, plus what a learner needs to hear.
import type { JsonValue } from '../json'
import { describeFromNow } from '../relative-time'

export type TimeClaim = 'iat' | 'nbf' | 'exp'

export type JwtFailure =
  /** The token's structure: segments, base64, JSON, or the `b64` header (DecodeError). */
  | { readonly kind: 'malformed'; readonly error: 'DecodeError'; readonly message: string }
  /** A `kid` that is not a string or an unsupported `crit` list (InvalidTokenError). */
  | { readonly kind: 'bad-header'; readonly error: 'InvalidTokenError'; readonly message: string }
  | {
      readonly kind: 'algorithm-not-allowed'
      readonly error: 'InvalidAlgorithmError'
      readonly message: string
      /** Absent when the header has no `alg`. */
      readonly alg?: JsonValue
    }
  | { readonly kind: 'bad-signature'; readonly error: 'InvalidSignatureError'; readonly message: string }
  | {
      readonly kind: 'claim-not-integer'
      readonly error: 'InvalidIssuedAtError' | 'DecodeError'
      readonly message: string
      readonly claim: TimeClaim
      readonly value: string
    }
  | {
      readonly kind: 'expired'
      readonly error: 'ExpiredSignatureError'
      readonly message: string
      readonly exp: number
    }
  | {
      readonly kind: 'not-yet-valid'
      readonly error: 'ImmatureSignatureError'
      readonly message: string
      readonly claim: 'iat' | 'nbf'
      readonly at: number
    }
  | {
      readonly kind: 'audience-not-allowed'
      readonly error: 'InvalidAudienceError'
      readonly message: string
      readonly aud: JsonValue
    }
  /** A claim named in `options={"require": [...]}` is absent or null (MissingRequiredClaimError). */
  | {
      readonly kind: 'missing-claim'
      readonly error: 'MissingRequiredClaimError'
      readonly message: string
      readonly claim: string
    }
  | {
      readonly kind: 'claim-not-string'
      readonly error: 'InvalidSubjectError' | 'InvalidJTIError'
      readonly message: string
      readonly claim: 'sub' | 'jti'
      readonly value: JsonValue
    }

/** One sentence on why the token was refused, with times in UTC relative to `now` (ms). */
export function describeJwtFailure(failure: JwtFailure, now: number): string {
  switch (failure.kind) {
    case 'malformed':
      return `PyJWT could not read the token (${failure.error}: ${failure.message}); a JWT is three base64url parts joined by dots`
    case 'bad-header':
      return `PyJWT refused the token's header (${failure.message})`
    case 'algorithm-not-allowed':
      return failure.alg === undefined
        ? 'the token header names no alg, and the app only accepts HS256'
        : `the token header says alg ${JSON.stringify(failure.alg)}, and the app only accepts HS256`
    case 'bad-signature':
      return 'the signature does not match: the token was not signed with SECRET_KEY, or was changed after signing'
    case 'claim-not-integer':
      return `the token's ${failure.claim} claim ${failure.value} is not an integer number of seconds`
    case 'expired':
      return `the token's exp was ${describeMoment(failure.exp, now)}`
    case 'not-yet-valid':
      return failure.claim === 'nbf'
        ? `the token's nbf says it is not valid before ${describeMoment(failure.at, now)}`
        : `the token's iat says it was issued at ${describeMoment(failure.at, now)}, in the future`
    case 'audience-not-allowed':
      return `the token has an aud claim (${JSON.stringify(failure.aud)}), and the app expects no audience`
    case 'claim-not-string':
      return `the token's ${failure.claim} claim is ${JSON.stringify(failure.value)}, and PyJWT requires a string`
    case 'missing-claim':
      return `the token has no ${failure.claim} claim (or it is null), and the app requires one`
  }
}

/** "12:03:00 UTC, 3 minutes ago", with the date when it is not today's. */
export function describeMoment(seconds: number, now: number): string {
  const moment = new Date(seconds * 1000)
  const today = new Date(now)
  const iso = Number.isFinite(moment.getTime()) ? moment.toISOString() : ''
  const sameDay = iso.slice(0, 10) === today.toISOString().slice(0, 10)
  const when =
    iso === '' ? `${seconds} (seconds since 1970)` : `${sameDay ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 19)} UTC`
  return `${when}, ${describeFromNow(seconds, now, 'words')}`
}
