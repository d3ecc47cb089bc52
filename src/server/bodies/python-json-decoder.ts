// Python's `json.loads` as Starlette's `request.json()` calls it, with CPython's own error
// messages and positions (Modules/_json.c and Lib/json/decoder.py, Python 3.13): FastAPI echoes
// both in its `json_invalid` 422. Objects keep their keys in the order sent, as a dict does.

/** A number as Python holds it: the int's digits, or the float's repr. */
export interface PythonNumber {
  readonly kind: 'number'
  readonly text: string
}

export interface PythonDict {
  readonly kind: 'dict'
  /** Insertion order; a repeated key keeps its first place and its last value. */
  readonly entries: readonly (readonly [string, PythonJson])[]
}

export type PythonJson = null | boolean | string | PythonNumber | PythonDict | readonly PythonJson[]

export type JsonDecoding =
  { readonly ok: true; readonly value: PythonJson } | { readonly ok: false; readonly msg: string; readonly pos: number }

/** Python's `json.JSONDecodeError`: the message without the position, and the position. */
class JsonDecodeError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number,
  ) {
    super(`${msg}: char ${String(pos)}`)
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y
const NUMBER_CHARS = /[-+.eE0-9]/

/**
 * `json.loads(text)`: the text already decoded from the body's bytes, with CPython's error messages
 * and positions. PyJWT's segments go through `pythonJsonLoadsBytes` (../jwt/python-json.ts).
 */
export function pythonJsonLoadsText(text: string): JsonDecoding {
  // Code points, not UTF-16 units: Python's positions count characters.
  const chars = Array.from(text)
  try {
    let index = skipWhitespace(chars, 0)
    const [value, end] = scanValue(chars, index)
    index = skipWhitespace(chars, end)
    if (index !== chars.length) throw new JsonDecodeError('Extra data', index)
    return { ok: true, value }
  } catch (error) {
    if (error instanceof JsonDecodeError) return { ok: false, msg: error.msg, pos: error.pos }
    throw error
  }
}

function skipWhitespace(chars: readonly string[], from: number): number {
  let index = from
  while (index < chars.length && WHITESPACE.has(chars[index] ?? '')) index++
  return index
}

function scanValue(chars: readonly string[], index: number): [PythonJson, number] {
  const char = chars[index]
  const rest = (length: number) => chars.slice(index, index + length).join('')
  switch (char) {
    case '"':
      return scanString(chars, index + 1)
    case '{':
      return scanObject(chars, index + 1)
    case '[':
      return scanArray(chars, index + 1)
    case 'n':
      if (rest(4) === 'null') return [null, index + 4]
      break
    case 't':
      if (rest(4) === 'true') return [true, index + 4]
      break
    case 'f':
      if (rest(5) === 'false') return [false, index + 5]
      break
    case 'N':
      if (rest(3) === 'NaN') return [{ kind: 'number', text: 'NaN' }, index + 3]
      break
    case 'I':
      if (rest(8) === 'Infinity') return [{ kind: 'number', text: 'Infinity' }, index + 8]
      break
    case '-':
      if (rest(9) === '-Infinity') return [{ kind: 'number', text: '-Infinity' }, index + 9]
      break
  }
  let stop = index
  while (stop < chars.length && NUMBER_CHARS.test(chars[stop] ?? '')) stop++
  const source = chars.slice(index, stop).join('')
  NUMBER.lastIndex = 0
  const match = NUMBER.exec(source)
  // Anything else stops the scanner where the value should have started.
  if (!match) throw new JsonDecodeError('Expecting value', index)
  const [literal, fraction, exponent] = match
  const text =
    fraction === undefined && exponent === undefined ? String(BigInt(literal)) : pythonFloatRepr(Number(literal))
  return [{ kind: 'number', text }, index + literal.length]
}

function scanString(chars: readonly string[], from: number): [string, number] {
  const begin = from - 1
  let value = ''
  let index = from
  for (;;) {
    const char = chars[index]
    if (char === undefined) throw new JsonDecodeError('Unterminated string starting at', begin)
    if (char === '"') return [value, index + 1]
    if (char !== '\\') {
      if ((char.codePointAt(0) ?? 0) <= 0x1f) throw new JsonDecodeError('Invalid control character at', index)
      value += char
      index++
      continue
    }
    const escape = chars[index + 1]
    if (escape === undefined) throw new JsonDecodeError('Unterminated string starting at', begin)
    if (escape !== 'u') {
      const simple = SIMPLE_ESCAPES[escape]
      if (simple === undefined) throw new JsonDecodeError('Invalid \\escape', index)
      value += simple
      index += 2
      continue
    }
    const [unit, next] = readHex(chars, index + 2)
    let code = unit
    index = next
    // A high surrogate followed by an escaped low one is one character; otherwise it stays alone.
    if (
      unit >= 0xd800 &&
      unit <= 0xdbff &&
      index + 6 < chars.length &&
      chars[index] === '\\' &&
      chars[index + 1] === 'u'
    ) {
      const [low, afterLow] = readHex(chars, index + 2)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
        index = afterLow
      }
    }
    value += String.fromCodePoint(code)
  }
}

/** Four hex digits at `from`; CPython reports a short or bad escape at its backslash. */
function readHex(chars: readonly string[], from: number): [number, number] {
  const end = from + 4
  if (end >= chars.length) throw new JsonDecodeError('Invalid \\uXXXX escape', from - 1)
  const digits = chars.slice(from, end).join('')
  if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new JsonDecodeError('Invalid \\uXXXX escape', from - 1)
  return [parseInt(digits, 16), end]
}

function scanObject(chars: readonly string[], from: number): [PythonDict, number] {
  const entries = new Map<string, PythonJson>()
  let index = skipWhitespace(chars, from)
  if (chars[index] === '}') return [{ kind: 'dict', entries: [] }, index + 1]
  for (;;) {
    if (chars[index] !== '"') throw new JsonDecodeError('Expecting property name enclosed in double quotes', index)
    const [key, afterKey] = scanString(chars, index + 1)
    index = skipWhitespace(chars, afterKey)
    if (chars[index] !== ':') throw new JsonDecodeError("Expecting ':' delimiter", index)
    index = skipWhitespace(chars, index + 1)
    const [value, afterValue] = scanValue(chars, index)
    entries.set(key, value)
    index = skipWhitespace(chars, afterValue)
    if (chars[index] === '}') return [{ kind: 'dict', entries: [...entries] }, index + 1]
    if (chars[index] !== ',') throw new JsonDecodeError("Expecting ',' delimiter", index)
    const comma = index
    index = skipWhitespace(chars, index + 1)
    if (chars[index] === '}') throw new JsonDecodeError('Illegal trailing comma before end of object', comma)
  }
}

function scanArray(chars: readonly string[], from: number): [PythonJson[], number] {
  const items: PythonJson[] = []
  let index = skipWhitespace(chars, from)
  if (chars[index] === ']') return [items, index + 1]
  for (;;) {
    const [value, afterValue] = scanValue(chars, index)
    items.push(value)
    index = skipWhitespace(chars, afterValue)
    if (chars[index] === ']') return [items, index + 1]
    if (chars[index] !== ',') throw new JsonDecodeError("Expecting ',' delimiter", index)
    const comma = index
    index = skipWhitespace(chars, index + 1)
    if (chars[index] === ']') throw new JsonDecodeError('Illegal trailing comma before end of array', comma)
  }
}

/** `repr(float)`: the shortest digits that round-trip, positional between 1e-4 and 1e16. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e')
  const exponent = Number(exponentText)
  const sign = mantissa.startsWith('-') ? '-' : ''
  const digits = mantissa.replace(/^-/, '').replace('.', '')
  if (exponent < -4 || exponent >= 16) {
    const [head = '', ...tail] = digits
    const fraction = tail.length > 0 ? `.${tail.join('')}` : ''
    return `${sign}${head}${fraction}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1) || '0'
  return `${sign}${whole}.${fraction}`
}

/**
 * `json.dumps(value, ensure_ascii=False, separators=(",", ":"))`, as FastAPI answers: non-ASCII stays
 * as it is. PyJWT's tokens are `pythonJsonDumpsAscii` (../jwt/python-json.ts), with `ensure_ascii=True`.
 */
export function pythonJsonDumpsUnicode(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumpsUnicode).join(',')}]`
  if (isPythonNumber(value)) return value.text
  const entries: readonly (readonly [string, unknown])[] = isPythonDict(value)
    ? value.entries
    : Object.entries(value).filter(([, item]) => item !== undefined)
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${pythonJsonDumpsUnicode(item)}`).join(',')}}`
}

function isPythonNumber(value: object): value is PythonNumber {
  return 'kind' in value && value.kind === 'number' && 'text' in value
}

function isPythonDict(value: object): value is PythonDict {
  return 'kind' in value && value.kind === 'dict' && 'entries' in value
}
