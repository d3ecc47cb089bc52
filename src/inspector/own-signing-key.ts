// "Sign with a key of your own": an RSA key pair this page makes the first time it is asked, which
// no identity provider has ever published. A token signed with it is what an attacker can make:
// well-formed, RS256, with any claims and `kid` they like, but not signed by the provider.
import { base64url } from 'jose'

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
let ownKey: Promise<CryptoKey> | undefined

function key(): Promise<CryptoKey> {
  ownKey ??= crypto.subtle
    .generateKey({ ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, false, [
      'sign',
      'verify',
    ])
    .then((pair) => pair.privateKey)
  return ownKey
}

/** `header.payload` (base64url, as they are) with an RS256 signature made with the page's own key. */
export async function signWithOwnKey(headerSegment: string, payloadSegment: string): Promise<string> {
  const input = `${headerSegment}.${payloadSegment}`
  const signature = await crypto.subtle.sign(RS256.name, await key(), new TextEncoder().encode(input))
  return `${input}.${base64url.encode(new Uint8Array(signature))}`
}
