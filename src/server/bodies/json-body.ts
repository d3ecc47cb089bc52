// A Pydantic model as a request body: FastAPI reads the body as JSON when the content type says
// so (or says nothing), and Pydantic 2 validates the result field by field
// (fastapi/routing.py get_request_handler; fastapi/dependencies/utils.py request_body_to_args).
import type { JsonObject } from '../json'
import { titleFromName } from '../python-text'
import { pythonJsonLoadsText, type PythonDict, type PythonJson } from './python-json-decoder'
import { mediaTypeOf } from '../media-type'

export interface JsonBodyModel<B> {
  /** The Pydantic class name: it names the schema in the OpenAPI document. */
  readonly name: string
  /** `str` fields without defaults, in declaration order. */
  readonly fields: readonly string[]
  build(values: Readonly<Record<string, string>>): B
}

/** One entry of FastAPI's 422 for a JSON body; `input` is echoed as Python would dump it. */
export interface JsonBodyError {
  readonly type: 'missing' | 'model_attributes_type' | 'string_type' | 'json_invalid'
  readonly loc: readonly (string | number)[]
  readonly msg: string
  readonly input: PythonJson | Readonly<Record<string, never>>
  readonly ctx?: { readonly error: string }
}

export type JsonBodyOutcome<B> =
  | { readonly ok: true; readonly body: B }
  /** The body was JSON that did not parse: FastAPI answers before any dependency runs. */
  | { readonly ok: false; readonly stage: 'decode'; readonly errors: readonly JsonBodyError[] }
  /** `.decode()` of bytes that are not UTF-8: FastAPI's catch-all 400. */
  | { readonly ok: false; readonly stage: 'undecodable' }
  | { readonly ok: false; readonly stage: 'validate'; readonly errors: readonly JsonBodyError[] }

/** What the body held as FastAPI hands it to validation: nothing, parsed JSON, or raw bytes. */
export type ReadBody =
  | { readonly kind: 'value'; readonly value: PythonJson }
  | { readonly kind: 'bytes'; readonly text: string }
  | { readonly kind: 'invalid-json'; readonly msg: string; readonly pos: number }
  | { readonly kind: 'undecodable' }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const lenientUtf8 = new TextDecoder('utf-8')

export async function readJsonBody(request: Request): Promise<ReadBody> {
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength === 0) return { kind: 'value', value: null }
  const contentType = request.headers.get('content-type')
  if (contentType && !isJsonContentType(contentType)) {
    // Starlette hands over the bytes; Pydantic's error echoes them through `bytes.decode()`.
    return { kind: 'bytes', text: lenientUtf8.decode(bytes) }
  }
  let text: string
  try {
    // json.loads on bytes detects UTF-8 and drops its BOM (utf-8-sig).
    text = utf8.decode(bytes)
  } catch {
    return { kind: 'undecodable' }
  }
  const decoded = pythonJsonLoadsText(text)
  return decoded.ok ? { kind: 'value', value: decoded.value } : { kind: 'invalid-json', ...decoded }
}

/** `email.message.Message` reads the media type: `application/json` or any `application/*+json`. */
export function isJsonContentType(contentType: string): boolean {
  const parts = mediaTypeOf(contentType).split('/')
  if (parts.length !== 2) return false
  const [main, sub = ''] = parts
  return main === 'application' && (sub === 'json' || sub.endsWith('+json'))
}

export function validateJsonBody<B>(model: JsonBodyModel<B>, read: ReadBody): JsonBodyOutcome<B> {
  switch (read.kind) {
    case 'undecodable':
      return { ok: false, stage: 'undecodable' }
    case 'invalid-json':
      return {
        ok: false,
        stage: 'decode',
        errors: [
          {
            type: 'json_invalid',
            loc: ['body', read.pos],
            msg: 'JSON decode error',
            input: {},
            ctx: { error: read.msg },
          },
        ],
      }
    case 'bytes':
      return { ok: false, stage: 'validate', errors: [notAnObject(read.text)] }
    case 'value':
      break
  }
  const { value } = read
  if (value === null) {
    return {
      ok: false,
      stage: 'validate',
      errors: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }],
    }
  }
  if (!isDict(value)) return { ok: false, stage: 'validate', errors: [notAnObject(value)] }

  const given = new Map(value.entries)
  const errors: JsonBodyError[] = []
  const values: Record<string, string> = {}
  for (const field of model.fields) {
    const item = given.get(field)
    if (item === undefined) {
      errors.push({ type: 'missing', loc: ['body', field], msg: 'Field required', input: value })
    } else if (typeof item !== 'string') {
      errors.push({ type: 'string_type', loc: ['body', field], msg: 'Input should be a valid string', input: item })
    } else {
      values[field] = item
    }
  }
  return errors.length > 0 ? { ok: false, stage: 'validate', errors } : { ok: true, body: model.build(values) }
}

function notAnObject(input: PythonJson): JsonBodyError {
  return {
    type: 'model_attributes_type',
    loc: ['body'],
    msg: 'Input should be a valid dictionary or object to extract fields from',
    input,
  }
}

function isDict(value: PythonJson): value is PythonDict {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value && value.kind === 'dict'
  )
}

/** Pydantic 2's model schema: properties, type, required, title. */
export function jsonBodySchema(model: JsonBodyModel<unknown>): JsonObject {
  return {
    properties: Object.fromEntries(
      model.fields.map((field) => [field, { type: 'string', title: titleFromName(field) }]),
    ),
    type: 'object',
    required: [...model.fields],
    title: model.name,
  }
}
