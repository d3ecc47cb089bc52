// Python's secrets.token_urlsafe: `nbytes` random bytes from the platform's cryptographic source,
// as base64url text without padding, the form a stateful lesson's main.py gives its ids.

/** `secrets.token_urlsafe(nbytes)`; `fill` is the random source (WebCrypto's outside tests). */
export function secretsTokenUrlsafe(
  nbytes: number,
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => {
    crypto.getRandomValues(bytes)
  },
): string {
  const bytes = new Uint8Array(nbytes)
  fill(bytes)
  return base64urlWithoutPadding(bytes)
}

/** `base64.urlsafe_b64encode(data).rstrip(b"=")`, as text. */
export function base64urlWithoutPadding(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
