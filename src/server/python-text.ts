// Python's idea of whitespace, which FastAPI relies on when it strips a token or splits scopes.
// It is JavaScript's \s without U+FEFF, plus U+001C–U+001F and U+0085, so neither trim() nor \s fits.
const PYTHON_WHITESPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'

const EDGES = new RegExp(`^[${PYTHON_WHITESPACE}]+|[${PYTHON_WHITESPACE}]+$`, 'g')
const RUNS = new RegExp(`[${PYTHON_WHITESPACE}]+`)

/** `str.strip()` */
export function pythonStrip(text: string): string {
  return text.replace(EDGES, '')
}

/** `str.split()` with no separator: runs of whitespace, empty items dropped. */
export function pythonSplit(text: string): string[] {
  return text.split(RUNS).filter((part) => part !== '')
}

/** `str.title()` after `_` → space: FastAPI's summaries and Pydantic's field titles (`client_id` → `Client Id`). */
export function titleFromName(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/[A-Za-z]+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
}

/** FastAPI's generated operationId: name + path with every non-word character as `_`, then the method. */
export function operationIdFor(name: string, path: string, method: string): string {
  return `${name}${path}`.replace(/\W/g, '_') + `_${method.toLowerCase()}`
}

const utf8 = new TextDecoder()

/**
 * `urllib.parse.unquote`: runs of `%XX` become UTF-8 text (with replacement characters), and
 * broken escapes stay as they are; it never fails. Starlette matches routes on paths decoded
 * this way, and form fields go through it after `+` becomes a space.
 */
export function unquote(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split('%'), (hex) => Number.parseInt(hex, 16))
    return utf8.decode(bytes)
  })
}
