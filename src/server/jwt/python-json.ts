// Python's json module where PyJWT's output depends on it: dumps with ensure_ascii (the
// default), and loads from bytes.
import type { JsonValue } from '../json'

// ensure_ascii escapes everything outside space..tilde; JSON.stringify already escapes the
// control characters the same way, so only DEL and non-ASCII are left.
const NOT_PRINTABLE_ASCII = /[\u007f-\uffff]/g

/**
 * `json.dumps(value, separators=(",", ":"))`, so `ensure_ascii=True`: compact, non-ASCII as lowercase
 * `\uXXXX`, as PyJWT writes a token. FastAPI's own answers are `pythonJsonDumpsUnicode`
 * (../bodies/python-json-decoder.ts), with `ensure_ascii=False`.
 */
export function pythonJsonDumpsAscii(value: JsonValue): string {
  return JSON.stringify(value).replace(
    NOT_PRINTABLE_ASCII,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * `json.loads(data)` for UTF-8 bytes, as PyJWT reads a token's segments; a leading BOM is skipped, as Python's `utf-8-sig`
 * detection does. Not copied: Python's NaN/Infinity literals and UTF-16/32 detection, which
 * no token these apps issue can contain.
 */
export function pythonJsonLoadsBytes(data: Uint8Array): { ok: true; value: JsonValue } | { ok: false; reason: string } {
  let text: string
  try {
    text = utf8.decode(data)
  } catch {
    return { ok: false, reason: 'the bytes are not UTF-8' }
  }
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
