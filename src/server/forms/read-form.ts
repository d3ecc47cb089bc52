// How Starlette reads a form body: only urlencoded and multipart bodies are forms; any other
// content type is an empty form. A repeated field keeps its last value.
import type { FastApiRelease } from '../fastapi-release'
import { unquote } from '../python-text'
import { mediaTypeOf } from '../media-type'

export type FormReadResult =
  | { readonly ok: true; readonly mediaType: string | null; readonly values: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly mediaType: string | null; readonly detail: string }

const latin1 = new TextDecoder('latin1')

/**
 * A multipart body python-multipart cannot parse: the Starlette under today's FastAPI answers 400
 * with its own detail (starlette/formparsers.py, MultiPartParser.parse, in the release pinned by
 * src/testing/current-fastapi/requirements.txt). Debian 12's Starlette 0.26, under FastAPI 0.92,
 * let the parser's error through to FastAPI's generic 400.
 */
const UNPARSABLE_MULTIPART: Readonly<Record<FastApiRelease, string>> = {
  current: 'Invalid multipart data.',
  '0.92': 'There was an error parsing the body',
}

export async function readForm(request: Request, release: FastApiRelease = 'current'): Promise<FormReadResult> {
  const contentType = request.headers.get('content-type')
  const [, ...parameters] = (contentType ?? '').split(';')
  const mediaType = mediaTypeOf(contentType) || null

  if (mediaType === 'application/x-www-form-urlencoded') {
    const body = latin1.decode(await request.arrayBuffer())
    return { ok: true, mediaType, values: parseUrlencoded(body, release) }
  }
  if (mediaType === 'multipart/form-data') {
    const hasBoundary = parameters.some((parameter) => parameter.trim().toLowerCase().startsWith('boundary='))
    if (!hasBoundary) return { ok: false, mediaType, detail: 'Missing boundary in multipart.' }
    // The platform's multipart parser, not python-multipart's: they agree on well-formed bodies and
    // on most broken ones, but not on two that Swagger UI never sends. python-multipart keeps the
    // parts completed before a body ends without its closing boundary (the rest is then missing,
    // a 422), and Starlette names a part without a `name` ('The Content-Disposition header field
    // "name" must be provided.'); the platform refuses both bodies whole.
    try {
      const values = new Map<string, string>()
      for (const [name, value] of await request.formData()) {
        // An uploaded file is not a string field; FastAPI's password form has none.
        if (typeof value === 'string') values.set(name, value)
      }
      return { ok: true, mediaType, values }
    } catch {
      return { ok: false, mediaType, detail: UNPARSABLE_MULTIPART[release] }
    }
  }
  return { ok: true, mediaType, values: new Map() }
}

/**
 * python-multipart's querystring parser as Starlette drives it: fields end at `&`; a field without
 * `=` has an empty value; names and values go through `unquote_plus`. Every field in the order
 * sent, repeats included. python-multipart 0.0.5 (Debian 12's, under FastAPI 0.92) also ended a
 * field at `;` once no `&` was left; the pinned release (python_multipart/multipart.py,
 * QuerystringParser) keeps a `;` in the value, as the WHATWG URL standard's urlencoded parser does.
 */
export function urlencodedFields(body: string, release: FastApiRelease = 'current'): [string, string][] {
  const fields: [string, string][] = []
  let rest = body
  while (rest !== '') {
    let end = rest.indexOf('&')
    if (end === -1 && release === '0.92') end = rest.indexOf(';')
    const field = end === -1 ? rest : rest.slice(0, end)
    rest = end === -1 ? '' : rest.slice(end + 1)
    if (field === '') continue
    const equals = field.indexOf('=')
    const name = equals === -1 ? field : field.slice(0, equals)
    const value = equals === -1 ? '' : field.slice(equals + 1)
    fields.push([unquotePlus(name), unquotePlus(value)])
  }
  return fields
}

/** The form as FastAPI reads it: a repeated field keeps its last value. */
export function parseUrlencoded(body: string, release: FastApiRelease = 'current'): Map<string, string> {
  return new Map(urlencodedFields(body, release))
}

/** Python's `unquote_plus`: `+` is a space, runs of `%XX` are UTF-8 with replacement characters. */
export function unquotePlus(text: string): string {
  return unquote(text.replace(/\+/g, ' '))
}
