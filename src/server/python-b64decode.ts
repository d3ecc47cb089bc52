// Python's `base64.b64decode` in its default, non-validating mode, which HTTPBasic and PyJWT rely
// on. It is not `atob`: it skips characters outside the alphabet, stops at complete padding, and
// insists on padding that `atob` would forgive.

export type PythonB64decodeResult =
  | { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> }
  /** `message` is what Python's exception would say. */
  | { readonly ok: false; readonly message: string }

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const SEXTETS: ReadonlyMap<string, number> = new Map(Array.from(ALPHABET, (letter, index) => [letter, index]))
// `urlsafe_b64decode` translates - and _ to + and / first; + and / stay valid.
const URLSAFE_SEXTETS: ReadonlyMap<string, number> = new Map([...SEXTETS, ['-', 62], ['_', 63]])

/** `base64.b64decode(text)`, i.e. `validate=False`; `urlsafe` makes it `urlsafe_b64decode`. */
export function pythonB64decode(text: string, options: { urlsafe?: boolean } = {}): PythonB64decodeResult {
  // A str argument must be ASCII before binascii sees it.
  if (/[\u0080-\uffff]/.test(text)) {
    return { ok: false, message: 'string argument should contain only ASCII characters' }
  }
  return decodeCharacters(text, options.urlsafe ? URLSAFE_SEXTETS : SEXTETS)
}

/** The same for a `bytes` argument: bytes outside the alphabet, non-ASCII ones too, are skipped. */
export function pythonB64decodeBytes(bytes: Uint8Array, options: { urlsafe?: boolean } = {}): PythonB64decodeResult {
  return decodeCharacters(String.fromCharCode(...bytes), options.urlsafe ? URLSAFE_SEXTETS : SEXTETS)
}

function decodeCharacters(text: string, sextets: ReadonlyMap<string, number>): PythonB64decodeResult {
  const out: number[] = []
  let quad = 0
  let pads = 0
  let pending = 0
  for (const character of text) {
    if (character === '=') {
      // Padding only counts once two data characters of the group are in; a complete group of
      // data and padding ends the decoding, and whatever follows is ignored.
      if (quad >= 2) {
        pads += 1
        if (quad + pads >= 4) return { ok: true, bytes: Uint8Array.from(out) }
      }
      continue
    }
    const sextet = sextets.get(character)
    if (sextet === undefined) continue
    pads = 0
    switch (quad) {
      case 0:
        pending = sextet
        quad = 1
        break
      case 1:
        out.push(((pending << 2) | (sextet >> 4)) & 0xff)
        pending = sextet & 0x0f
        quad = 2
        break
      case 2:
        out.push(((pending << 4) | (sextet >> 2)) & 0xff)
        pending = sextet & 0x03
        quad = 3
        break
      default:
        out.push(((pending << 6) | sextet) & 0xff)
        pending = 0
        quad = 0
    }
  }

  if (quad === 1) {
    const dataCharacters = (Math.floor(out.length / 3) * 4 + 1).toString()
    return {
      ok: false,
      message: `Invalid base64-encoded string: number of data characters (${dataCharacters}) cannot be 1 more than a multiple of 4`,
    }
  }
  if (quad !== 0) return { ok: false, message: 'Incorrect padding' }
  return { ok: true, bytes: Uint8Array.from(out) }
}
