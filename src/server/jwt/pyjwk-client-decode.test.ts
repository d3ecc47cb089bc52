import { describe, expect, it } from 'vitest'
import { PROVIDER_JWKS, PROVIDER_PRIVATE_KEY } from '../../lessons/third-party-login/provider-key'
import { signRs256 } from '../../testing/current-fastapi/provider-tokens'
import { OTHER_TEST_KEY } from '../../testing/identity-provider-keys'
import { pyjwkClientDecode } from './pyjwk-client-decode'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const SECOND = Math.floor(NOW / 1000)
const ISSUER = 'https://idp.example/realms/playground'
const KID = PROVIDER_JWKS.keys[0]?.kid ?? ''
const CLAIMS = { iss: ISSUER, sub: 'u1', aud: 'api', exp: SECOND + 300 }
const options = {
  jwks: () => Promise.resolve(PROVIDER_JWKS),
  audience: 'api',
  issuer: ISSUER,
  require: ['exp', 'sub'],
  now: NOW,
}

const failureOf = async (token: string) => {
  const result = await pyjwkClientDecode(token, options)
  return result.ok ? 'ok' : result.failure.kind
}

// Each verdict is PyJWT 2.15's: the agreement test sends these shapes, and more, to the real main.py.
describe('PyJWKClient.get_signing_key_from_jwt, then jwt.decode with the key', () => {
  it('accepts the provider’s RS256 token and hands over its claims and kid', async () => {
    const result = await pyjwkClientDecode(
      await signRs256(PROVIDER_PRIVATE_KEY, { alg: 'RS256', kid: KID }, CLAIMS),
      options,
    )
    expect(result).toMatchObject({ ok: true, kid: KID, claims: CLAIMS })
  })

  it.each([
    ['a header that names no kid', { alg: 'RS256' }, 'no-matching-key'],
    ['a kid the JWKS does not have', { alg: 'RS256', kid: 'other' }, 'no-matching-key'],
    ['a kid that is not a string', { alg: 'RS256', kid: 7 }, 'bad-header'],
    ['alg none', { alg: 'none', kid: KID }, 'algorithm-not-allowed'],
    ['alg HS256', { alg: 'HS256', kid: KID }, 'algorithm-not-allowed'],
    ['no alg', { kid: KID }, 'algorithm-not-allowed'],
    ['an unknown crit', { alg: 'RS256', kid: KID, crit: ['exp'] }, 'bad-header'],
  ])('refuses %s', async (_, header, kind) => {
    expect(await failureOf(await signRs256(PROVIDER_PRIVATE_KEY, header, CLAIMS))).toBe(kind)
  })

  it('refuses a signature made with another key, and tokens it cannot read', async () => {
    expect(await failureOf(await signRs256(OTHER_TEST_KEY, { alg: 'RS256', kid: KID }, CLAIMS))).toBe('bad-signature')
    expect(await failureOf(await signRs256(PROVIDER_PRIVATE_KEY, { alg: 'RS256', kid: KID }, '[1]'))).toBe('malformed')
    expect(await failureOf('a.b')).toBe('malformed')
  })

  it.each([
    ['another audience', { aud: 'other' }, 'wrong-audience'],
    ['an audience list with it', { aud: ['other', 'api'] }, 'ok'],
    ['an empty audience', { aud: '' }, 'missing-claim'],
    ['another issuer', { iss: `${ISSUER}/` }, 'wrong-issuer'],
    ['a null exp', { exp: null }, 'missing-claim'],
    ['an exp of this very second', { exp: SECOND }, 'expired'],
    ['an exp as a string', { exp: String(SECOND + 1) }, 'ok'],
    ['a list as exp', { exp: [SECOND + 1] }, 'claim-not-integer'],
    ['a sub that is a number', { sub: 5 }, 'claim-not-string'],
  ])('checks the claims: %s', async (_, changes, kind) => {
    expect(
      await failureOf(await signRs256(PROVIDER_PRIVATE_KEY, { alg: 'RS256', kid: KID }, { ...CLAIMS, ...changes })),
    ).toBe(kind)
  })
})
