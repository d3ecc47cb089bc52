// How Starlette reads a form body: only urlencoded and multipart bodies are forms; any other
// content type is an empty form. A repeated field keeps its last value.
import { unquote } from '../python-text'
import { mediaTypeOf } from '../media-type'

export type FormReadResult =
  | { readonly ok: true; readonly mediaType: string | null; readonly values: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly mediaType: string | null; readonly detail: string }

const latin1 = new TextDecoder('latin1')

export async function readForm(request: Request): Promise<FormReadResult> {
  const contentType = request.headers.get('content-type')
  const [, ...parameters] = (contentType ?? '').split(';')
  const mediaType = mediaTypeOf(contentType) || null

  if (mediaType === 'application/x-www-form-urlencoded') {
    const body = latin1.decode(await request.arrayBuffer())
    return { ok: true, mediaType, values: parseUrlencoded(body) }
  }
  if (mediaType === 'multipart/form-data') {
    const hasBoundary = parameters.some((parameter) => parameter.trim().toLowerCase().startsWith('boundary='))
    if (!hasBoundary) return { ok: false, mediaType, detail: 'Missing boundary in multipart.' }
    try {
      const values = new Map<string, string>()
      for (const [name, value] of await request.formData()) {
        // An uploaded file is not a string field; FastAPI's password form has none.
        if (typeof value === 'string') values.set(name, value)
      }
      return { ok: true, mediaType, values }
    } catch {
      return { ok: false, mediaType, detail: 'There was an error parsing the body' }
    }
  }
  return { ok: true, mediaType, values: new Map() }
}

/**
 * python-multipart's querystring parser as Starlette drives it: fields end at `&`, or at `;` once
 * no `&` is left; a field without `=` has an empty value; names and values go through
 * `unquote_plus`. Every field in the order sent, repeats included.
 */
export function urlencodedFields(body: string): [string, string][] {
  const fields: [string, string][] = []
  let rest = body
  while (rest !== '') {
    let end = rest.indexOf('&')
    if (end === -1) end = rest.indexOf(';')
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
export function parseUrlencoded(body: string): Map<string, string> {
  return new Map(urlencodedFields(body))
}

/** Python's `unquote_plus`: `+` is a space, runs of `%XX` are UTF-8 with replacement characters. */
export function unquotePlus(text: string): string {
  return unquote(text.replace(/\+/g, ' '))
}
