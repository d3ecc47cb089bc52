// Tokens for the third-party-login lesson, around one frozen instant: what the stand-in identity
// provider issues, and every way one can be wrong (expired, not yet valid, another issuer, another
// audience, a missing claim, another key, no kid, another alg, tampered). Signed with the lesson's
// fixed provider key, which the real main.py trusts through the JWKS the provider serves.
import { calculateJwkThumbprint } from 'jose'
import { base64urlWithoutPadding } from '../../server/python-secrets'
import type { JsonObject, JsonValue } from '../../server/json'
import type { OracleRequest } from '../fastapi-092-oracle'
import { PROVIDER_PRIVATE_KEY } from '../../lessons/third-party-login/provider-key'
import { OTHER_TEST_KEY } from '../identity-provider-keys'

const encoder = new TextEncoder()
const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }

export async function kidOf(jwk: JsonWebKey): Promise<string> {
  return calculateJwkThumbprint({ kty: 'RSA', n: jwk.n ?? '', e: jwk.e ?? '' })
}

/** A compact JWS of exactly these header and payload texts, RS256-signed with the key. */
export async function signRs256(
  jwk: JsonWebKey,
  header: JsonObject | string,
  payload: JsonObject | string,
): Promise<string> {
  const text = (part: JsonObject | string) => (typeof part === 'string' ? part : JSON.stringify(part))
  const input = `${base64urlWithoutPadding(encoder.encode(text(header)))}.${base64urlWithoutPadding(encoder.encode(text(payload)))}`
  const key = await crypto.subtle.importKey('jwk', { ...jwk, key_ops: ['sign'] }, RS256, false, ['sign'])
  const signature = await crypto.subtle.sign(RS256.name, key, encoder.encode(input))
  return `${input}.${base64urlWithoutPadding(new Uint8Array(signature))}`
}

export interface ProviderTokenSetting {
  readonly issuer: string
  readonly audience: string
  readonly sub: string
  /** ms since 1970. */
  readonly now: number
}

function claimSets({ issuer, audience, sub, now }: ProviderTokenSetting): JsonObject[] {
  const second = Math.floor(now / 1000)
  const base: JsonObject = {
    iss: issuer,
    sub,
    aud: audience,
    azp: 'playground-docs',
    iat: second,
    exp: second + 300,
    scope: 'openid profile email',
    preferred_username: 'alice',
    email: 'alice@example.com',
  }
  const without = (name: string): JsonObject => Object.fromEntries(Object.entries(base).filter(([key]) => key !== name))
  const variant = (changes: Record<string, JsonValue>): JsonObject => ({ ...base, ...changes })
  return [
    base,
    { iss: issuer, sub, aud: audience, exp: second + 300 },
    variant({ preferred_username: 'Ålice ✓', email: 'ålice@exämple.com' }),
    variant({ exp: second }),
    variant({ exp: second + 1 }),
    variant({ exp: second - 300 }),
    variant({ exp: String(second + 300) }),
    variant({ exp: ` ${second + 300} ` }),
    variant({ exp: 'soon' }),
    variant({ exp: null }),
    variant({ exp: [second + 300] }),
    variant({ exp: second + 300 + 0.5 }),
    variant({ exp: true }),
    without('exp'),
    variant({ iat: second + 60 }),
    variant({ iat: 'then' }),
    variant({ nbf: second + 60 }),
    variant({ nbf: second - 60 }),
    variant({ nbf: null }),
    without('iss'),
    variant({ iss: `${issuer}/` }),
    variant({ iss: 'http://127.0.0.1:9/realms/playground' }),
    variant({ iss: null }),
    variant({ iss: 7 }),
    without('aud'),
    variant({ aud: '' }),
    variant({ aud: [] }),
    variant({ aud: 0 }),
    variant({ aud: [audience] }),
    variant({ aud: ['account', audience] }),
    variant({ aud: 'billing-api' }),
    variant({ aud: ['billing-api', 'account'] }),
    variant({ aud: [audience, 5] }),
    variant({ aud: { [audience]: true } }),
    variant({ aud: 5 }),
    variant({ aud: 'PLAYGROUND-API' }),
    without('sub'),
    variant({ sub: null }),
    variant({ sub: '' }),
    variant({ sub: 42 }),
    variant({ jti: 'abc' }),
    variant({ jti: 42 }),
  ]
}

/** Each token once: the provider's, then the same claims with a wrong header, key or shape. */
export async function providerTokens(setting: ProviderTokenSetting): Promise<string[]> {
  const kid = await kidOf(PROVIDER_PRIVATE_KEY)
  const header = { alg: 'RS256', typ: 'JWT', kid }
  const claims = claimSets(setting)
  const signed = await Promise.all(claims.map((payload) => signRs256(PROVIDER_PRIVATE_KEY, header, payload)))
  const [first = claims[0] ?? {}] = claims
  const headers: (JsonObject | string)[] = [
    { alg: 'RS256', typ: 'JWT' },
    { alg: 'RS256', kid: 'someone-else' },
    { alg: 'RS256', kid: 7 },
    { alg: 'RS384', kid },
    { alg: 'HS256', kid },
    { alg: 'none', kid },
    { kid },
    { alg: 'RS256', kid, crit: ['exp'], exp: 1 },
    { alg: 'RS256', kid, b64: false, crit: ['b64'] },
    `{"alg":"RS256","kid":"${kid}","alg":"RS256"}`,
    '[1,2]',
  ]
  const wrongHeaders = await Promise.all(headers.map((value) => signRs256(PROVIDER_PRIVATE_KEY, value, first)))
  const otherKey = [
    await signRs256(OTHER_TEST_KEY, header, first),
    await signRs256(OTHER_TEST_KEY, { ...header, kid: await kidOf(OTHER_TEST_KEY) }, first),
  ]
  const [good = ''] = signed
  const [head = '', body = '', signature = ''] = good.split('.')
  const forged = base64urlWithoutPadding(encoder.encode(JSON.stringify({ ...first, sub: 'someone-else' })))
  const shapes = [
    `${head}.${forged}.${signature}`,
    `${head}.${body}.`,
    `${head}.${body}`,
    `${head}.${body}.${signature}=`,
    `${head}.${body}.${signature.slice(0, -1)}`,
    `${head}.${body}.${signature}x`,
    `${head}.${body}.${signature}.extra`,
    `${head}.${body}.${signature.slice(0, -2)}${signature.slice(-1)}${signature.slice(-2, -1)}`,
    `${head}..${signature}`,
    `${head}.e30.${signature}`,
    good.toUpperCase(),
    'not-a-jwt',
    '',
  ]
  return [...new Set([...signed, ...wrongHeaders, ...otherKey, ...shapes])]
}

/** Every token to both routes; to the OpenIdConnect one also under other scheme words and spacings. */
export function providerTokenRequests(tokens: readonly string[]): OracleRequest[] {
  const requests: OracleRequest[] = []
  for (const path of ['/users/me', '/items/']) {
    for (const token of tokens) requests.push({ method: 'GET', path, headers: [['authorization', `Bearer ${token}`]] })
  }
  const [good = ''] = tokens
  for (const path of ['/users/me', '/items/']) {
    for (const value of [
      `bearer ${good}`,
      `BEARER ${good}`,
      `Bearer  ${good}`,
      `Bearer\t${good}`,
      `Basic ${good}`,
      `Token ${good}`,
      good,
    ]) {
      requests.push({ method: 'GET', path, headers: [['authorization', value]] })
    }
  }
  return requests
}
