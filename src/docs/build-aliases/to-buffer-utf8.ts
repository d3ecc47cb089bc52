// to-buffer, for the one caller Swagger UI has: sha.js, when the Authorize dialog hashes a PKCE
// code_verifier (a string) into its S256 code_challenge (RFC 7636 §4.2). sha.js's Hash.update only
// reads `length` and the bytes by index, so the bytes of the string's UTF-8 are enough. The
// package itself pulls in a second Buffer polyfill and a dozen ECMAScript shims (typed-array-buffer,
// get-intrinsic and their helpers) for inputs Swagger UI never hashes.

const UTF8 = new Set(['utf8', 'utf-8'])

/** The bytes sha.js hashes: a string's UTF-8, or the bytes of a typed array or DataView as they are. */
export function toBuffer(data: unknown, encoding = 'utf8'): Uint8Array {
  if (typeof data === 'string') {
    if (!UTF8.has(encoding.toLowerCase())) {
      throw new TypeError(`to-buffer-utf8.ts: Swagger UI hashes UTF-8 text only, not "${encoding}"`)
    }
    return new TextEncoder().encode(data)
  }
  if (data instanceof Uint8Array) return data
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  throw new TypeError('to-buffer-utf8.ts: Swagger UI hashes text or bytes only')
}

// sha.js calls what its bundle's module 496 exports (see ../swagger-ui-interop.ts): the default.
export { toBuffer as default }
