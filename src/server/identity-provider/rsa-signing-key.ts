// The identity provider's RS256 key pair: the private half signs its tokens, the public half is
// what its JWKS publishes. WebCrypto makes and uses the key; jose writes the compact JWTs.
import { calculateJwkThumbprint, SignJWT } from 'jose'
import type { JsonObject } from '../json'

const RS256: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }

/** One entry of a JWKS (RFC 7517): an RSA public key for signatures, named by its `kid`. */
export interface PublishedRsaKey {
  readonly kty: 'RSA'
  readonly use: 'sig'
  readonly alg: 'RS256'
  readonly kid: string
  readonly n: string
  readonly e: string
}

export interface RsaSigningKey {
  readonly publicJwk: PublishedRsaKey
  /** A compact JWT of the claims, with the header `{"alg":"RS256","typ":"JWT","kid":…}`. */
  sign(claims: JsonObject): Promise<string>
}

/** A fresh 2048-bit key pair, as a provider makes when it rotates its keys. */
export async function generateRsaSigningKey(): Promise<RsaSigningKey> {
  const pair = await crypto.subtle.generateKey(
    { ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  )
  return signingKey(pair.privateKey, await crypto.subtle.exportKey('jwk', pair.publicKey))
}

/** A key pair given as its private JWK (which holds `n` and `e` too): a fixed key. */
export async function importRsaSigningKey(privateJwk: JsonWebKey): Promise<RsaSigningKey> {
  const privateKey = await crypto.subtle.importKey('jwk', { ...privateJwk, key_ops: ['sign'] }, RS256, false, ['sign'])
  return signingKey(privateKey, privateJwk)
}

async function signingKey(privateKey: CryptoKey, jwk: JsonWebKey): Promise<RsaSigningKey> {
  const { n, e } = jwk
  if (jwk.kty !== 'RSA' || !n || !e) throw new Error('not an RSA key')
  // RFC 7638: the key's own thumbprint names it, so a new key always gets a new kid.
  const kid = await calculateJwkThumbprint({ kty: 'RSA', n, e })
  const publicJwk: PublishedRsaKey = { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n, e }
  return {
    publicJwk,
    sign: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(privateKey),
  }
}
