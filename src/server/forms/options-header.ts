// python-multipart's parse_options_header, which Starlette uses on a Content-Type (is this body a
// form, and what is its boundary?) and on each part's Content-Disposition (what is the field's
// name?). Strings here hold Latin-1 text, one character per byte, as both releases read them.
import type { FastApiRelease } from '../fastapi-release'

export interface OptionsHeader {
  /** The part before the parameters: lowercased and stripped today, as sent under FastAPI 0.92. */
  readonly value: string
  /** Parameter names (lowercased) to values (unquoted); a repeated name keeps its last value. */
  readonly options: ReadonlyMap<string, string>
}

/** The header as the release's python-multipart splits it; an absent or empty header is `('', {})`. */
export function parseOptionsHeader(header: string | null, release: FastApiRelease = 'current'): OptionsHeader {
  if (header === null || header === '') return { value: '', options: new Map() }
  return release === '0.92' ? parseOptionsHeader092(header) : parseOptionsHeaderToday(header)
}

/**
 * python_multipart/multipart.py (the pinned release), parse_options_header: `;`-separated
 * segments (a `;` inside double quotes does not split), a value in double quotes unquoted, a
 * segment without `=` a name with an empty value, and `name*=` parameters skipped, since
 * RFC 7578 §4.2 forbids that encoding in multipart/form-data.
 */
function parseOptionsHeaderToday(header: string): OptionsHeader {
  if (!header.includes(';')) return { value: stripSpaceTab(header.toLowerCase()), options: new Map() }
  const [value = '', ...segments] = splitParameters(header)
  const options = new Map<string, string>()
  for (const segment of segments) {
    const equals = segment.indexOf('=')
    const key = equals === -1 ? segment : segment.slice(0, equals)
    let text = equals === -1 ? '' : segment.slice(equals + 1)
    if (key.includes('*')) continue
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = unquoteValue(text)
    options.set(key, key === 'filename' ? withoutWindowsPath(text) : text)
  }
  return { value: value.toLowerCase(), options }
}

/**
 * The `_parseparam` that the pinned python-multipart vendors, step for step (its quote counting
 * included, so that odd quoting splits where it splits there): each segment stripped of spaces and
 * tabs, and a segment's name lowercased when it has an `=`.
 */
function splitParameters(header: string): string[] {
  const s = `;${header}`
  const segments: string[] = []
  let start = 0
  while (s.indexOf(';', start) === start) {
    start += 1
    let end = s.indexOf(';', start)
    let from = start
    let quotes = 0
    while (end > 0) {
      quotes += count(s, '"', from, end) - count(s, '\\"', from, end)
      if (quotes % 2 === 0) break
      ;[end, from] = [from, s.indexOf(';', end + 1)]
    }
    if (end < 0) end = s.length
    const equals = s.indexOf('=', start)
    const segment =
      equals === -1 || equals >= end
        ? s.slice(start, end)
        : `${stripSpaceTab(s.slice(start, equals), 'end').toLowerCase()}=${stripSpaceTab(s.slice(equals + 1, end), 'start')}`
    segments.push(stripSpaceTab(segment))
    start = end
  }
  return segments
}

// python-multipart 0.0.5, parse_options_header: parameters are what this pattern finds after the
// first `;`, so text it cannot read is skipped rather than refused. \s is Python's bytes \s, and
// `.` is any byte but LF.
const SPECIAL = '()<>@,;:\\\\"/\\[\\]?={} \\t'
const SPACE = '[ \\t\\n\\r\\f\\v]*'
/** `bytes.strip()`: ASCII whitespace at both ends. */
const BYTES_STRIP = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g
const OPTION = new RegExp(
  `(?:;|^)${SPACE}([^${SPECIAL}]+)${SPACE}=${SPACE}([^${SPECIAL}]+|"(?:\\\\[^\\n]|[^"])*")`,
  'g',
)

/**
 * FastAPI 0.92's python-multipart (0.0.5, multipart/multipart.py): without a `;` the header is
 * lowercased and stripped; with one, the part before it is kept exactly as sent, so
 * `Multipart/Form-Data; boundary=x` is not a form to Starlette 0.26. Names are lowercased ASCII.
 */
function parseOptionsHeader092(header: string): OptionsHeader {
  const semicolon = header.indexOf(';')
  if (semicolon === -1) return { value: asciiLower(header).replace(BYTES_STRIP, ''), options: new Map() }
  const options = new Map<string, string>()
  for (const [, name = '', found = ''] of header.slice(semicolon + 1).matchAll(OPTION)) {
    const key = asciiLower(name)
    const text = found.startsWith('"') && found.endsWith('"') ? unquoteValue(found) : found
    options.set(key, key === 'filename' ? withoutWindowsPath(text) : text)
  }
  return { value: header.slice(0, semicolon), options }
}

/** Both releases: the quotes go, then `\\` becomes `\` and `\"` becomes `"`, in that order. */
function unquoteValue(quoted: string): string {
  return quoted.slice(1, -1).replaceAll('\\\\', '\\').replaceAll('\\"', '"')
}

/** Both releases undo an old browser's habit of sending a file's whole Windows path. */
function withoutWindowsPath(filename: string): string {
  return filename.slice(1, 3) === ':\\' || filename.startsWith('\\\\') ? (filename.split('\\').at(-1) ?? '') : filename
}

/** Python's `str.count(sub, start, end)`, slicing as Python does (a negative start counts from the end). */
function count(text: string, sub: string, start: number, end: number): number {
  return text.slice(start, end).split(sub).length - 1
}

function stripSpaceTab(text: string, side: 'both' | 'start' | 'end' = 'both'): string {
  const start = side === 'end' ? text : text.replace(/^[ \t]+/, '')
  return side === 'start' ? start : start.replace(/[ \t]+$/, '')
}

/** `bytes.lower()`: A–Z only. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
}
