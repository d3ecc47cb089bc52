import { describe, expect, it } from 'vitest'
import { isCodeVerifier, isS256Challenge, s256Challenge, verifierMatches } from './pkce'

// RFC 7636, Appendix B: the worked example.
const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'

describe('PKCE S256', () => {
  it('hashes the verifier as RFC 7636’s own example does', async () => {
    expect(await s256Challenge(RFC_VERIFIER)).toBe(RFC_CHALLENGE)
    expect(isS256Challenge(RFC_CHALLENGE)).toBe(true)
  })

  it('accepts the verifier that made the challenge, and no other', async () => {
    expect(await verifierMatches(RFC_VERIFIER, RFC_CHALLENGE)).toBe(true)
    expect(await verifierMatches(`${RFC_VERIFIER.slice(0, -1)}Y`, RFC_CHALLENGE)).toBe(false)
    // plain: the challenge itself is no verifier for S256.
    expect(await verifierMatches(RFC_CHALLENGE, RFC_CHALLENGE)).toBe(false)
  })

  it.each([
    ['a'.repeat(42), false],
    ['a'.repeat(43), true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    [`${'a'.repeat(42)}+`, false],
    [`${'a'.repeat(40)}-._~`, true],
  ])('reads %j as a verifier: %s', (value, ok) => {
    expect(isCodeVerifier(value)).toBe(ok)
  })
})
