import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import { FIXTURE_TOKENS, type FixtureTokenName } from '../../testing/fixture-tokens'
import { pyjwtDecode } from './pyjwt-decode'

// A fixed clock: 15 January 2026, 12:00:00.250 UTC.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const decode = (token: string, now = NOW) => pyjwtDecode(token, { key: SECRET_KEY, now })

/** Signs any header and payload text, for tokens PyJWT's own encoder would never write. */
function forge(header: string, payload: string, key = SECRET_KEY): string {
  const signingInput = `${Buffer.from(header).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`
  return `${signingInput}.${createHmac('sha256', key).update(signingInput).digest('base64url')}`
}
const HS256 = '{"alg":"HS256","typ":"JWT"}'

describe('jwt.decode on the fixture tokens', () => {
  it.each<[FixtureTokenName, Record<string, unknown>]>([
    ['data-foo', { data: 'foo' }],
    ['sub-foo', { sub: 'foo' }],
    ['sub-bob', { sub: 'username:bob' }],
    ['john', { sub: 'johndoe' }],
    ['john-exp2100', { sub: 'johndoe', exp: 4102444800 }],
    ['john-notyp', { sub: 'johndoe' }],
    ['john-me', { sub: 'johndoe', scope: 'me' }],
    ['john-me-items', { sub: 'johndoe', scope: 'me items' }],
    ['john-scopes-list', { sub: 'johndoe', scopes: ['me'] }],
    ['alice-me', { sub: 'alice', scope: 'me' }],
  ])('accepts %s with the claims %j', async (name, claims) => {
    const result = await decode(FIXTURE_TOKENS[name])
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.claims).toEqual(claims)
  })

  it.each<[FixtureTokenName, Record<string, unknown>]>([
    ['john-exp1', { kind: 'expired', error: 'ExpiredSignatureError', exp: 1 }],
    ['john-me-exp1', { kind: 'expired', exp: 1 }],
    ['john-wrongkey', { kind: 'bad-signature', error: 'InvalidSignatureError' }],
    ['john-none', { kind: 'algorithm-not-allowed', error: 'InvalidAlgorithmError', alg: 'none' }],
    ['john-hs512', { kind: 'algorithm-not-allowed', alg: 'HS512' }],
    ['sub-123', { kind: 'claim-not-string', error: 'InvalidSubjectError', claim: 'sub', value: 123 }],
    ['john-aud', { kind: 'audience-not-allowed', error: 'InvalidAudienceError', aud: 'someone' }],
    ['john-nbf2100', { kind: 'not-yet-valid', error: 'ImmatureSignatureError', claim: 'nbf', at: 4102444800 }],
    ['john-iat2100', { kind: 'not-yet-valid', claim: 'iat', at: 4102444800 }],
  ])('rejects %s: %j', async (name, failure) => {
    expect(await decode(FIXTURE_TOKENS[name])).toMatchObject({ ok: false, failure })
  })

  it('reads the header as sent, typ and all', async () => {
    expect(await decode(FIXTURE_TOKENS.john)).toMatchObject({ header: { alg: 'HS256', typ: 'JWT' } })
    expect(await decode(FIXTURE_TOKENS['john-notyp'])).toMatchObject({ header: { alg: 'HS256' } })
  })
})

describe('jwt.decode: the shape of the token', () => {
  it.each([
    ['nonexistent', 'Not enough segments'],
    ['a.b', 'Not enough segments'],
    ['', 'Not enough segments'],
    ['x.eyJ9.sig', 'Invalid header padding'],
    ['bm90IGpzb24.e30.', 'Invalid header string: '],
    ['WzFd.e30.', 'Invalid header string: must be a json object'],
  ])('%j is a DecodeError: %s', async (token, message) => {
    const result = await decode(token)
    expect(result).toMatchObject({ ok: false, failure: { kind: 'malformed', error: 'DecodeError' } })
    if (!result.ok) expect(result.failure.message.startsWith(message)).toBe(true)
  })

  it('rejects a payload that is not a JSON object, once the signature is good', async () => {
    expect(await decode(forge(HS256, '["sub"]'))).toMatchObject({
      failure: { kind: 'malformed', message: 'Invalid payload string: must be a json object' },
    })
  })

  it('decodes base64 leniently, as Python does: padding and stray characters are fine', async () => {
    const [header, payload, signature] = FIXTURE_TOKENS.john.split('.')
    expect(await decode(`${header}.${payload}.${signature}=`)).toMatchObject({ ok: true })
    expect(await decode(`${header}.${payload}.${signature}=trailing`)).toMatchObject({ ok: true })
    expect(await decode(`${header}.${payload}.${signature}A`)).toMatchObject({ failure: { kind: 'bad-signature' } })
  })

  it('signs the raw text before the last dot, so a changed payload breaks the signature', async () => {
    const [header, , signature] = FIXTURE_TOKENS.john.split('.')
    const alice = Buffer.from('{"sub":"alice"}').toString('base64url')
    expect(await decode(`${header}.${alice}.${signature}`)).toMatchObject({ failure: { kind: 'bad-signature' } })
  })

  it('checks kid and crit in the header before the signature', async () => {
    expect(await decode(forge('{"alg":"HS256","kid":1}', '{}', 'other key'))).toMatchObject({
      failure: { kind: 'bad-header', message: 'Key ID header parameter must be a string' },
    })
    expect(await decode(forge('{"alg":"HS256","crit":["exp"],"exp":1}', '{}'))).toMatchObject({
      failure: { kind: 'bad-header', message: 'Unsupported critical extension: exp' },
    })
    expect(await decode(forge('{"alg":"HS256","crit":[]}', '{}'))).toMatchObject({
      failure: { kind: 'bad-header', error: 'InvalidTokenError' },
    })
  })

  it('refuses an unencoded (b64: false) payload and a header without alg', async () => {
    expect(await decode(forge('{"alg":"HS256","b64":false,"crit":["b64"]}', '{}'))).toMatchObject({
      failure: { kind: 'malformed' },
    })
    expect(await decode(forge('{"typ":"JWT"}', '{}'))).toMatchObject({
      failure: { kind: 'algorithm-not-allowed', message: 'Algorithm not specified' },
    })
  })
})

describe('jwt.decode: the claims', () => {
  const at = (seconds: number) => forge(HS256, `{"sub":"johndoe","exp":${seconds}}`)
  const nowSeconds = Math.floor(NOW / 1000)

  it('treats exp as expired once it is not after now, with no leeway', async () => {
    expect(await decode(at(nowSeconds))).toMatchObject({ failure: { kind: 'expired', exp: nowSeconds } })
    expect(await decode(at(nowSeconds + 1))).toMatchObject({ ok: true })
  })

  it('truncates a fractional exp the way int() does', async () => {
    expect(await decode(at(nowSeconds + 0.9))).toMatchObject({ failure: { kind: 'expired', exp: nowSeconds } })
  })

  it('accepts a token without exp, and nbf or iat that are not in the future', async () => {
    expect(await decode(forge(HS256, `{"nbf":${nowSeconds},"iat":${nowSeconds}}`))).toMatchObject({ ok: true })
  })

  it('reads numeric strings as int() does and refuses other strings', async () => {
    expect(await decode(forge(HS256, `{"exp":" ${nowSeconds + 60} "}`))).toMatchObject({ ok: true })
    expect(await decode(forge(HS256, '{"exp":"tomorrow"}'))).toMatchObject({
      failure: { kind: 'claim-not-integer', error: 'DecodeError', claim: 'exp', value: '"tomorrow"' },
    })
    expect(await decode(forge(HS256, '{"iat":"1.5"}'))).toMatchObject({
      failure: { kind: 'claim-not-integer', error: 'InvalidIssuedAtError', claim: 'iat' },
    })
  })

  it('lets a null exp escape as the TypeError Python raises (FastAPI answers 500)', async () => {
    await expect(decode(forge(HS256, '{"exp":null}'))).rejects.toThrow(TypeError)
  })

  it('accepts an empty aud and rejects any other', async () => {
    expect(await decode(forge(HS256, '{"aud":""}'))).toMatchObject({ ok: true })
    expect(await decode(forge(HS256, '{"aud":[]}'))).toMatchObject({ ok: true })
    expect(await decode(forge(HS256, '{"aud":["a"]}'))).toMatchObject({ failure: { kind: 'audience-not-allowed' } })
  })

  it('requires sub and jti to be strings when present, null included', async () => {
    expect(await decode(forge(HS256, '{"sub":null}'))).toMatchObject({ failure: { claim: 'sub', value: null } })
    expect(await decode(forge(HS256, '{"jti":7}'))).toMatchObject({
      failure: { kind: 'claim-not-string', error: 'InvalidJTIError', claim: 'jti' },
    })
  })

  // options={"require": [...]}, facts from PyJWT 2.15.1: MissingRequiredClaimError for the first
  // claim in the list that is absent or null, before any time claim is looked at.
  it('checks the required claims first, in the order given, null counting as missing', async () => {
    const require = ['exp', 'sub', 'sid', 'jti']
    const strict = (payload: string) => pyjwtDecode(forge(HS256, payload), { key: SECRET_KEY, now: NOW, require })
    expect(await strict('{"sub":"a","exp":1}')).toMatchObject({
      ok: false,
      failure: {
        kind: 'missing-claim',
        error: 'MissingRequiredClaimError',
        message: 'Token is missing the "sid" claim',
        claim: 'sid',
      },
    })
    expect(await strict('{"sub":"a","sid":null,"jti":"x","exp":1}')).toMatchObject({ failure: { claim: 'sid' } })
    expect(await strict('{"exp":1,"jti":7,"sid":"s","sub":"a"}')).toMatchObject({ failure: { kind: 'expired' } })
    expect(await strict('{"exp":4102444800,"jti":7,"sid":"s","sub":"a"}')).toMatchObject({
      failure: { kind: 'claim-not-string', claim: 'jti' },
    })
    expect(await strict('{"exp":4102444800,"jti":"j","sid":[1],"sub":"a"}')).toMatchObject({
      ok: true,
      claims: { sid: [1] },
    })
    // Without require, the same token that lacks sid is fine.
    expect(await decode(forge(HS256, '{"sub":"a","exp":4102444800}'))).toMatchObject({ ok: true })
  })

  it('checks iat before nbf before exp, as PyJWT does', async () => {
    const all = forge(HS256, '{"exp":1,"nbf":4102444800,"iat":4102444800}')
    expect(await decode(all)).toMatchObject({ failure: { claim: 'iat' } })
  })
})
