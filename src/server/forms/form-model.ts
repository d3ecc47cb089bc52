// A form declared once: the same field list validates requests the way FastAPI and Pydantic do
// and produces the `Body_<operationId>` schema of the OpenAPI document.
import type { FastApiRelease } from '../fastapi-release'
import type { JsonObject } from '../json'
import { titleFromName } from '../python-text'
import type { ReleaseChangeId } from '../release-changes'
import {
  literalMismatch,
  missingField,
  missingField092,
  notAString,
  notAString092,
  patternMismatch,
  regexMismatch092,
  type ValidationErrorEntry,
} from '../validation-error'
import { isEmptyFileInput, uploadFileInput, type FormValue } from './upload-file'

export interface FormField {
  readonly name: string
  /** Declared without a default: missing or empty gives 422 `missing`. */
  readonly required: boolean
  /** `str | None = None`: absent or empty becomes null. */
  readonly nullable?: boolean
  /** A string default such as `scope: str = ""`. */
  readonly default?: string
  /** Pydantic checks it as a full match when the value is present. */
  readonly pattern?: string
  /** The `regex=` FastAPI 0.92 declared instead; Pydantic 1 matched it at the start only. */
  readonly regex092?: string
  /**
   * `Literal["a", "b"]`: the value must be one of these strings exactly (the OpenAPI `enum`).
   * Today's FastAPI only: no lesson that declares one answers as FastAPI 0.92.
   */
  readonly literal?: readonly string[]
  readonly format?: 'password'
}

export type FormValues = Readonly<Record<string, string | null>>

export interface FormModel<F> {
  readonly fields: readonly FormField[]
  build(values: FormValues): F
}

export type FormValidation<F> = (
  { readonly ok: true; readonly form: F } | { readonly ok: false; readonly errors: readonly ValidationErrorEntry[] }
) & {
  /** The changes since the release asked for that make this outcome differ from today's. */
  readonly releaseChanges: readonly ReleaseChangeId[]
}

export function validateForm<F>(
  model: FormModel<F>,
  raw: ReadonlyMap<string, FormValue>,
  release: FastApiRelease = 'current',
): FormValidation<F> {
  const errors: ValidationErrorEntry[] = []
  const values: Record<string, string | null> = {}
  let prefixOnly = false
  for (const field of model.fields) {
    const sent = raw.get(field.name)
    // An uploaded file is no string: 0.92 refuses even an empty one, today's FastAPI only one with
    // a filename or bytes. A Literal field says the file is none of its values instead.
    if (typeof sent === 'object' && (release === '0.92' || !isEmptyFileInput(sent))) {
      errors.push(
        release === '0.92'
          ? notAString092('body', field.name)
          : field.literal !== undefined
            ? literalMismatch('body', field.name, field.literal, uploadFileInput(sent))
            : notAString('body', field.name, uploadFileInput(sent)),
      )
      continue
    }
    const value = typeof sent === 'string' ? sent : undefined
    // FastAPI treats an empty form value as a missing one (0.92 did too; re-fixed for Pydantic 2
    // in 0.123.2).
    if (value === undefined || value === '') {
      if (field.required)
        errors.push(release === '0.92' ? missingField092('body', field.name) : missingField('body', field.name))
      values[field.name] = field.default ?? null
      continue
    }
    const { pattern, regex092 } = field
    const fullMatch = pattern === undefined || new RegExp(pattern, 'u').test(value)
    if (release === '0.92' && regex092 !== undefined) {
      // Python's re.match, which a sticky RegExp mirrors: anchored at the start only, so
      // "passwordX" passes.
      if (!new RegExp(regex092, 'uy').test(value)) errors.push(regexMismatch092('body', field.name, regex092))
      else if (!fullMatch) prefixOnly = true
    } else if (pattern !== undefined && !fullMatch) {
      errors.push(patternMismatch('body', field.name, pattern, value))
    } else if (field.literal !== undefined && !field.literal.includes(value)) {
      errors.push(literalMismatch('body', field.name, field.literal, value))
    }
    values[field.name] = value
  }
  const releaseChanges: ReleaseChangeId[] = []
  if (release === '0.92') {
    if (errors.length > 0) releaseChanges.push('pydantic-1-errors')
    if (prefixOnly) releaseChanges.push('grant-type-prefix')
  }
  return errors.length > 0
    ? { ok: false, errors, releaseChanges }
    : { ok: true, form: model.build(values), releaseChanges }
}

export function formSchema(model: FormModel<unknown>, title: string, release: FastApiRelease = 'current'): JsonObject {
  if (release === '0.92') return formSchema092(model, title)
  const properties: Record<string, JsonObject> = {}
  for (const field of model.fields) properties[field.name] = fieldSchema(field)
  const required = model.fields.filter((field) => field.required).map((field) => field.name)
  return {
    properties,
    type: 'object',
    ...(required.length > 0 ? { required } : {}),
    title,
  }
}

// Key order follows FastAPI's Schema model: anyOf, type, enum, pattern, format, title, default.
function fieldSchema(field: FormField): JsonObject {
  const stringType: JsonObject = {
    type: 'string',
    ...(field.literal !== undefined ? { enum: [...field.literal] } : {}),
    ...(field.pattern !== undefined ? { pattern: field.pattern } : {}),
  }
  return {
    ...(field.nullable ? { anyOf: [stringType, { type: 'null' }] } : stringType),
    ...(field.format !== undefined ? { format: field.format } : {}),
    title: titleFromName(field.name),
    ...(field.default !== undefined ? { default: field.default } : {}),
  }
}

/**
 * Pydantic 1's model schema, as FastAPI 0.92 printed it: title first, optional fields as plain
 * strings, the regex as written, no `format: password` (pinned by the lessons' 0.92 fixtures).
 */
function formSchema092(model: FormModel<unknown>, title: string): JsonObject {
  const properties: Record<string, JsonObject> = {}
  for (const field of model.fields) {
    const pattern = field.regex092 ?? field.pattern
    properties[field.name] = {
      title: titleFromName(field.name),
      ...(pattern !== undefined ? { pattern } : {}),
      type: 'string',
      ...(field.default !== undefined ? { default: field.default } : {}),
    }
  }
  const required = model.fields.filter((field) => field.required).map((field) => field.name)
  return { title, ...(required.length > 0 ? { required } : {}), type: 'object', properties }
}
