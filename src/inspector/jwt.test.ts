import { describe, expect, it } from 'vitest'
import { FIXTURE_TOKENS } from '../testing/fixture-tokens'
import {
  base64UrlDecode,
  base64UrlEncode,
  buildTamperedToken,
  decodeJwt,
  expirePayloadText,
  secondsUntilExpiry,
  setClaim,
  tamperingOf,
  type DecodedJwt,
} from './jwt'

const JOHN_EXP_2100 = FIXTURE_TOKENS['john-exp2100']
const JOHN_NONE = FIXTURE_TOKENS['john-none']
const NOW = Date.UTC(2026, 0, 1) // well before 2100

function decoded(token: string): DecodedJwt {
  const reading = decodeJwt(token)
  if (!reading.ok) throw new Error(reading.problem)
  return reading.jwt
}

describe('reading a JWT from its text', () => {
  it('decodes the header and the claims without the key', () => {
    const jwt = decoded(JOHN_EXP_2100)
    expect(jwt.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(jwt.payload).toEqual({ sub: 'johndoe', exp: 4102444800 })
    expect(jwt.signature).toBe('4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg')
  })

  it('reads an unsigned token too', () => {
    expect(decoded(JOHN_NONE).header).toEqual({ alg: 'none', typ: 'JWT' })
  })

  it('says why a token is not a JWT', () => {
    expect(decodeJwt('alice')).toEqual({ ok: false, problem: expect.stringMatching(/three dot-separated/) as string })
    expect(decodeJwt('a.b.c')).toMatchObject({ ok: false, problem: expect.stringMatching(/header/) as string })
    expect(decodeJwt(`${JOHN_EXP_2100.split('.')[0] ?? ''}.bm90IGpzb24.x`)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/payload/) as string,
    })
  })

  it('round-trips base64url text, non-ASCII included', () => {
    expect(base64UrlEncode('{"sub":"jöhn"}')).not.toMatch(/[+/=]/)
    expect(base64UrlDecode(base64UrlEncode('{"sub":"jöhn"}'))).toBe('{"sub":"jöhn"}')
    expect(base64UrlDecode('a+b=')).toBeUndefined()
    expect(base64UrlDecode('abcde')).toBeUndefined()
    expect(base64UrlDecode('a b')).toBeUndefined()
    expect(base64UrlDecode('_w')).toBeUndefined()
  })

  it('tells the time left until exp, negative once past', () => {
    expect(secondsUntilExpiry({ exp: 1000 }, 400_000)).toBe(600)
    expect(secondsUntilExpiry({ exp: 1000 }, 1_180_000)).toBe(-180)
    expect(secondsUntilExpiry({ sub: 'x' }, NOW)).toBeUndefined()
  })
})

describe('tampering with a JWT', () => {
  const jwt = decoded(JOHN_EXP_2100)

  it('sends the original bytes when nothing changed', () => {
    expect(buildTamperedToken(jwt, tamperingOf(jwt))).toBe(JOHN_EXP_2100)
  })

  it('expires it: exp a minute ago, same signature, which no longer matches', () => {
    const tampering = { ...tamperingOf(jwt), payloadText: expirePayloadText(tamperingOf(jwt).payloadText, NOW) }
    const token = buildTamperedToken(jwt, tampering)
    const [header, , signature] = token.split('.')
    expect(header).toBe(jwt.headerSegment)
    expect(signature).toBe(jwt.signature)
    expect(decoded(token).payload).toEqual({ sub: 'johndoe', exp: NOW / 1000 - 60 })
  })

  it('changes a claim, keeping the other claims in their order', () => {
    const payloadText = setClaim(tamperingOf(jwt).payloadText, 'sub', 'alice')
    const token = buildTamperedToken(jwt, { ...tamperingOf(jwt), payloadText })
    expect(JSON.stringify(decoded(token).payload)).toBe('{"sub":"alice","exp":4102444800}')
  })

  it('drops the signature and keeps the final dot', () => {
    const token = buildTamperedToken(jwt, { ...tamperingOf(jwt), dropSignature: true })
    expect(token).toBe(`${jwt.headerSegment}.${jwt.payloadSegment}.`)
  })

  it('sends a payload that is not JSON as typed, for the server to reject', () => {
    const token = buildTamperedToken(jwt, { ...tamperingOf(jwt), payloadText: 'not json' })
    expect(token.split('.')[1]).toBe(base64UrlEncode('not json'))
  })
})
