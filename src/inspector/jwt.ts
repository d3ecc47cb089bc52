// Reads a JWT from its text alone, without the key and without verifying anything, and builds
// tampered copies for the learner to send. A changed header or payload keeps the old signature,
// which no longer matches: that is the point of the exercise.
import { base64url } from 'jose'
import { isObject, parseJson } from './exchange-facts'

export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>
  readonly payload: Readonly<Record<string, unknown>>
  /** The third segment, as sent (base64url). */
  readonly signature: string
  /** The first two segments as sent, so an untouched part is re-sent byte for byte. */
  readonly headerSegment: string
  readonly payloadSegment: string
}

export type JwtReading =
  { readonly ok: true; readonly jwt: DecodedJwt } | { readonly ok: false; readonly problem: string }

const BASE64URL = /^[A-Za-z0-9_-]*$/

/** jose's decoder, behind a strict alphabet check: jose would skip whitespace, a JWT has none. */
export function base64UrlDecode(segment: string): string | undefined {
  if (!BASE64URL.test(segment)) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment))
  } catch {
    return undefined
  }
}

export function base64UrlEncode(text: string): string {
  return base64url.encode(text)
}

export function decodeJwt(token: string): JwtReading {
  const segments = token.split('.')
  if (segments.length !== 3) {
    return { ok: false, problem: `a JWT has three dot-separated segments; this token has ${segments.length}` }
  }
  const [headerSegment = '', payloadSegment = '', signature = ''] = segments
  const header = decodeSegment(headerSegment)
  if (!header) return { ok: false, problem: 'the header segment is not base64url-encoded JSON object' }
  const payload = decodeSegment(payloadSegment)
  if (!payload) return { ok: false, problem: 'the payload segment is not base64url-encoded JSON object' }
  return { ok: true, jwt: { header, payload, signature, headerSegment, payloadSegment } }
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  const text = base64UrlDecode(segment)
  if (text === undefined) return undefined
  const value = parseJson(text)
  return isObject(value) ? value : undefined
}

/** Seconds until `exp` (negative once expired), or undefined when the token has no numeric exp. */
export function secondsUntilExpiry(payload: Readonly<Record<string, unknown>>, nowMs: number): number | undefined {
  return typeof payload.exp === 'number' ? payload.exp - nowMs / 1000 : undefined
}

/** The registered claims a learner meets in FastAPI's tutorials, in words. */
export const CLAIM_NOTES: Readonly<Record<string, string>> = {
  sub: 'subject: whom the token is about (the username in the tutorials)',
  exp: 'expiry, Unix seconds: PyJWT rejects the token from this second on',
  iat: 'issued at, Unix seconds: PyJWT rejects one from the future',
  nbf: 'not before, Unix seconds',
  aud: 'audience: the tutorials configure none, so any aud is rejected',
  scope: 'the granted scopes, space-separated (tutorial005)',
}

export interface Tampering {
  /** The header JSON as the learner left it; re-encoded only if it differs from the original. */
  readonly headerText: string
  readonly payloadText: string
  readonly dropSignature: boolean
}

export function tamperingOf(jwt: DecodedJwt): Tampering {
  return {
    headerText: JSON.stringify(jwt.header, null, 2),
    payloadText: JSON.stringify(jwt.payload, null, 2),
    dropSignature: false,
  }
}

/**
 * The token to send: untouched parts keep their original bytes; edited ones are compacted when
 * they are JSON and sent as typed when they are not (FastAPI will say what it thinks of that).
 */
export function buildTamperedToken(jwt: DecodedJwt, tampering: Tampering): string {
  const segment = (text: string, original: Readonly<Record<string, unknown>>, originalSegment: string) => {
    const parsed = parseJson(text)
    if (parsed !== undefined && JSON.stringify(parsed) === JSON.stringify(original)) return originalSegment
    return base64UrlEncode(parsed === undefined ? text : JSON.stringify(parsed))
  }
  const header = segment(tampering.headerText, jwt.header, jwt.headerSegment)
  const payload = segment(tampering.payloadText, jwt.payload, jwt.payloadSegment)
  return `${header}.${payload}.${tampering.dropSignature ? '' : jwt.signature}`
}

/** The payload text with `exp` set a minute in the past (or added, if it had none). */
export function expirePayloadText(payloadText: string, nowMs: number): string {
  return setClaim(payloadText, 'exp', Math.floor(nowMs / 1000) - 60)
}

/** Sets one claim in a payload text, keeping the other claims in their order. */
export function setClaim(payloadText: string, name: string, value: unknown): string {
  const parsed = parseJson(payloadText)
  const claims = isObject(parsed) ? { ...parsed } : {}
  claims[name] = value
  return JSON.stringify(claims, null, 2)
}
