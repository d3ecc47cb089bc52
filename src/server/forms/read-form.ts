// How Starlette reads a form body: only urlencoded and multipart bodies are forms (multipart ones
// through read-multipart.ts); any other content type is an empty form. A repeated field keeps its
// last value.
import type { FastApiRelease } from '../fastapi-release'
import { decodeLatin1 } from '../python-codecs'
import { unquote } from '../python-text'
import { parseOptionsHeader } from './options-header'
import { readMultipart } from './read-multipart'
import type { FormValue } from './upload-file'

export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded'
export const MULTIPART_MEDIA_TYPE = 'multipart/form-data'

export type FormReadResult =
  | { readonly ok: true; readonly mediaType: string | null; readonly values: ReadonlyMap<string, FormValue> }
  | { readonly ok: false; readonly mediaType: string | null; readonly detail: string }

export async function readForm(request: Request, release: FastApiRelease = 'current'): Promise<FormReadResult> {
  const contentType = request.headers.get('content-type')
  // Starlette reads the media type with python-multipart's parse_options_header, so FastAPI 0.92
  // reads `Multipart/Form-Data; boundary=x` as no form at all: the media type is compared as sent.
  const mediaType = parseOptionsHeader(contentType, release).value || null

  if (mediaType === FORM_MEDIA_TYPE) {
    const body = decodeLatin1(new Uint8Array(await request.arrayBuffer()))
    return { ok: true, mediaType, values: parseUrlencoded(body, release) }
  }
  if (mediaType === MULTIPART_MEDIA_TYPE && contentType !== null) {
    const read = readMultipart(new Uint8Array(await request.arrayBuffer()), contentType, release)
    return read.ok
      ? { ok: true, mediaType, values: new Map(read.fields) }
      : { ok: false, mediaType, detail: read.detail }
  }
  return { ok: true, mediaType, values: new Map() }
}

/** The fields that came as text, for the exchange record (an uploaded file is not one). */
export function textFields(values: ReadonlyMap<string, FormValue>): Record<string, string> {
  return Object.fromEntries([...values].filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
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
