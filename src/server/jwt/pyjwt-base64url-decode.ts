// PyJWT's base64url_decode: pad to a multiple of four from the raw length (skipped characters
// included), then `urlsafe_b64decode`. jose's decoder is strict, so tokens it would refuse must
// still decode here as they do in Python.
import { pythonB64decodeBytes } from '../python-b64decode'

const EQUALS = 0x3d

/** The decoded bytes, or undefined where Python raises binascii.Error. */
export function pyjwtBase64urlDecode(segment: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  const remainder = segment.length % 4
  const padded =
    remainder > 0 ? Uint8Array.from([...segment, ...new Array<number>(4 - remainder).fill(EQUALS)]) : segment
  const result = pythonB64decodeBytes(padded, { urlsafe: true })
  return result.ok ? result.bytes : undefined
}
