// PyJWS._decode_base64url_segment as PyJWT 2.15 reads each part of a token: at most two `=`, and
// only where they complete a group of four; only base64url characters; and the canonical
// encoding only, so a changed last character whose extra bits are dropped is refused, not
// silently read as the same bytes. (Lessons 4 and 5 mirror the laxer decoding of PyJWT 2.12.)

const EQUALS = 0x3d
const ALPHABET = /^[A-Za-z0-9_-]*$/

/** The decoded bytes, or undefined where PyJWT raises DecodeError("Invalid … padding"). */
export function pyjwtSegmentDecode(segment: Uint8Array): Uint8Array | undefined {
  let end = segment.length
  while (end > 0 && segment[end - 1] === EQUALS) {
    end -= 1
    if (segment.length - end > 2) return undefined
  }
  if (end < segment.length && segment.length % 4 !== 0) return undefined
  const stripped = String.fromCharCode(...segment.subarray(0, end))
  if (stripped.length % 4 === 1 || !ALPHABET.test(stripped)) return undefined
  const standard = stripped.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='))
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  const canonical = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return canonical === stripped ? bytes : undefined
}
