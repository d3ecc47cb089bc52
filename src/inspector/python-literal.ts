// Values written as Python source, for the tests the inspector copies: str literals that read back
// as the same text, and parsed JSON as the dicts, lists, True, False and None json.loads gives.
import { isObject } from './exchange-facts'

// Python's repr() escapes, minus its choice of quote: a double-quoted literal always.
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' }
// What str.isprintable() rejects: categories Other and Separator, except the space.
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u

/** A double-quoted Python str literal that reads back as the same text, lone surrogates included. */
export function pythonString(text: string): string {
  let literal = '"'
  for (const char of text) {
    const escape = ESCAPES[char]
    if (escape !== undefined) literal += escape
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) literal += codePointEscape(char.codePointAt(0) ?? 0)
    else literal += char
  }
  return `${literal}"`
}

function codePointEscape(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`
  return `\\U${code.toString(16).padStart(8, '0')}`
}

/** Parsed JSON as the Python literal that json.loads would give: True, False, None, dicts, lists. */
export function pythonLiteral(value: unknown): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return pythonString(value)
  if (Array.isArray(value)) return `[${value.map(pythonLiteral).join(', ')}]`
  if (isObject(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${pythonString(key)}: ${pythonLiteral(item)}`)
      .join(', ')}}`
  }
  return 'None'
}

/**
 * Python source that Black may split over lines: a string stays on one line; a bracketed group
 * (a call's arguments, a dict's entries, a list's items) gets one item per line, each with a
 * trailing comma, when it does not fit on its line.
 */
export type PythonExpression = string | PythonGroup

export interface PythonGroup {
  /** Up to and including the opening bracket, e.g. `headers={` or `response = client.get(`. */
  readonly open: string
  readonly items: readonly PythonExpression[]
  /** The closing bracket, and anything after it on the same line. */
  readonly close: string
}

// Black's line length.
const LINE_LENGTH = 88

/** Parsed JSON as a Python expression that json.loads would give (see pythonLiteral). */
export function pythonExpression(value: unknown): PythonExpression {
  if (Array.isArray(value) && value.length > 0) return { open: '[', items: value.map(pythonExpression), close: ']' }
  if (isObject(value) && Object.keys(value).length > 0) {
    return {
      open: '{',
      items: Object.entries(value).map(([key, item]) => prefixed(`${pythonString(key)}: `, pythonExpression(item))),
      close: '}',
    }
  }
  return pythonLiteral(value)
}

/** The expression with text before it on the same line: `json=` before a dict, `"key": ` before a value. */
export function prefixed(prefix: string, expression: PythonExpression): PythonExpression {
  return typeof expression === 'string'
    ? `${prefix}${expression}`
    : { ...expression, open: `${prefix}${expression.open}` }
}

/** The expression's lines at this indent, Black's way; `after` follows it on its last line (a comma). */
export function pythonLines(expression: PythonExpression, indent: string, after = ''): string[] {
  const flat = `${indent}${oneLine(expression)}${after}`
  if (typeof expression === 'string' || flat.length <= LINE_LENGTH) return [flat]
  return [
    `${indent}${expression.open}`,
    ...expression.items.flatMap((item) => pythonLines(item, `${indent}    `, ',')),
    `${indent}${expression.close}${after}`,
  ]
}

function oneLine(expression: PythonExpression): string {
  if (typeof expression === 'string') return expression
  return `${expression.open}${expression.items.map(oneLine).join(', ')}${expression.close}`
}
