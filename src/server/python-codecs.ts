// Python's bytes.decode for the charsets a form body names, as Starlette decodes multipart fields
// (starlette/formparsers.py, _user_safe_decode: the named codec, else Latin-1 when the bytes do
// not decode or Python knows no such codec).

/** Latin-1: one character per byte. TextDecoder's 'latin1' is windows-1252, which differs at 0x80–0x9F. */
export function decodeLatin1(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  }
  return text
}

/** The bytes of Latin-1 text (header values, and the parameters python-multipart reads from them). */
export function encodeLatin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff)
}

type Codec = 'utf-8' | 'utf-8-sig' | 'utf-16' | 'utf-16le' | 'utf-16be' | 'latin-1'

// The names Python's codec registry gives these codecs, after its normalisation (below). ASCII
// reads as Latin-1: bytes it refuses fall back to Latin-1 anyway, and it agrees on the rest.
const CODECS: ReadonlyMap<string, Codec> = new Map([
  ...['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'].map((name) => [name, 'utf-8'] as const),
  ['utf_8_sig', 'utf-8-sig'],
  ...['utf_16', 'utf16', 'u16'].map((name) => [name, 'utf-16'] as const),
  ...['utf_16_le', 'utf_16le', 'unicodelittleunmarked'].map((name) => [name, 'utf-16le'] as const),
  ...['utf_16_be', 'utf_16be', 'unicodebigunmarked'].map((name) => [name, 'utf-16be'] as const),
  ...[
    'latin_1',
    'latin1',
    'latin',
    'l1',
    'iso8859',
    'iso8859_1',
    'iso_8859_1',
    'iso_8859_1_1987',
    'iso_ir_100',
    '8859',
    'cp819',
    'ibm819',
    'csisolatin1',
    'ascii',
    'us_ascii',
    'us',
    '646',
    'ansi_x3.4_1968',
    'ansi_x3.4_1986',
    'ansi_x3_4_1968',
    'cp367',
    'ibm367',
    'csascii',
    'iso646_us',
    'iso_646.irv_1991',
    'iso_ir_6',
  ].map((name) => [name, 'latin-1'] as const),
])

/**
 * Python's lookup spelling of a codec name: lowercased, each run of characters other than letters,
 * digits and dots one underscore, none at either end, non-ASCII letters dropped.
 */
function normaliseCodecName(name: string): string {
  let normal = ''
  let gap = false
  for (const character of name.toLowerCase()) {
    if (/[\p{L}\p{N}.]/u.test(character)) {
      if (gap && normal !== '') normal += '_'
      if (character <= '\x7f') normal += character
      gap = false
    } else gap = true
  }
  return normal
}

const DECODERS = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-8-sig': new TextDecoder('utf-8', { fatal: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
}

/**
 * `_user_safe_decode(bytes, charset)`. A codec Python has that this table lacks (cp1252,
 * shift_jis, …) is read as Latin-1, like a name Python does not know; browsers send none.
 */
export function decodeAsPython(bytes: Uint8Array, charset: string): string {
  const normal = normaliseCodecName(charset)
  const codec = CODECS.get(normal) ?? CODECS.get(normal.replaceAll('.', '_'))
  try {
    switch (codec) {
      case undefined:
      case 'latin-1':
        break
      case 'utf-16': {
        // A byte-order mark picks the order and goes; without one, little-endian, as on the
        // machines FastAPI runs on.
        const [first, second] = bytes
        if (first === 0xfe && second === 0xff) return DECODERS['utf-16be'].decode(bytes.subarray(2))
        return DECODERS['utf-16le'].decode(first === 0xff && second === 0xfe ? bytes.subarray(2) : bytes)
      }
      default:
        return DECODERS[codec].decode(bytes)
    }
  } catch {
    // Not valid in that codec: Latin-1, as Starlette falls back.
  }
  return decodeLatin1(bytes)
}
