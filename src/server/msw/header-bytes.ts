// Starlette reads header bytes as latin-1, but a service worker hands the page header values
// decoded as UTF-8: bytes that are not UTF-8 arrive as "", and characters beyond U+00FF make
// msw's page side throw and leave the request pending. These helpers carry the bytes across
// the worker intact and give the stand-in Starlette's reading of them.

/** Names the headers the page re-encoded before sending, so their decoded value is exact. */
export const UTF8_HEADERS_MARKER = 'x-bearer-playground-utf8-headers'

const NON_ASCII = /[\u0080-\uffff]/
const utf8 = new TextEncoder()

function utf8BytesAsLatin1(value: string): string {
  return String.fromCharCode(...utf8.encode(value))
}

/**
 * In the page, before fetch: whether the headers handed to fetch hold a value to carry. Cheap,
 * so that the usual request, ASCII only, goes out untouched. Headers it cannot read are left
 * to the slow path, where fetch rejects them.
 */
export function needsCarrying(headers: HeadersInit | undefined): boolean {
  if (headers === undefined) return false
  try {
    const entries = headers instanceof Headers || Array.isArray(headers) ? headers : Object.entries(headers)
    for (const [, value] of entries) if (NON_ASCII.test(value)) return true
    return false
  } catch {
    return true
  }
}

/**
 * In the page, before fetch: header values with latin-1 characters are sent as their UTF-8
 * bytes, which the worker decodes back to the same characters. Null when nothing needs it.
 */
export function encodeForWorker(headers: Headers): Headers | null {
  const encoded: string[] = []
  const result = new Headers()
  for (const [name, value] of headers) {
    if (NON_ASCII.test(value)) {
      encoded.push(name)
      result.set(name, utf8BytesAsLatin1(value))
    } else {
      result.set(name, value)
    }
  }
  if (encoded.length === 0) return null
  result.set(UTF8_HEADERS_MARKER, encoded.join(','))
  return result
}

/**
 * In the page, on the worker's message: what Starlette would decode from the bytes on the wire.
 * Marked headers already are; any other non-ASCII value was decoded as UTF-8 by the worker, so
 * its UTF-8 bytes are the wire bytes, read here as latin-1.
 */
export function starletteHeaderView(headers: Readonly<Record<string, string>>): Record<string, string> {
  const marked = new Set((headers[UTF8_HEADERS_MARKER] ?? '').split(',').filter(Boolean))
  const view: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (name === UTF8_HEADERS_MARKER) continue
    view[name] = marked.has(name) || !NON_ASCII.test(value) ? value : utf8BytesAsLatin1(value)
  }
  return view
}
