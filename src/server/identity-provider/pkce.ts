// Proof Key for Code Exchange (RFC 7636): the client sends the hash of a secret with the
// authorization request and the secret itself with the token request, so a code that someone else
// catches on its way back is useless without the secret.
import { base64urlWithoutPadding } from '../python-secrets'

/** RFC 7636 §4.1: 43 to 128 characters of A-Z, a-z, 0-9 and `-._~`. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/
/** A base64url SHA-256 digest without padding: always 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/

export function isCodeVerifier(value: string): boolean {
  return VERIFIER.test(value)
}

export function isS256Challenge(value: string): boolean {
  return S256_CHALLENGE.test(value)
}

/** RFC 7636 §4.2, S256: BASE64URL(SHA256(ASCII(code_verifier))), without padding. */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64urlWithoutPadding(new Uint8Array(digest))
}

/** RFC 7636 §4.6: the server hashes the verifier and compares it with the challenge it kept. */
export async function verifierMatches(verifier: string, challenge: string): Promise<boolean> {
  return isCodeVerifier(verifier) && (await s256Challenge(verifier)) === challenge
}
