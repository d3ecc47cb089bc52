// A form declared once: the same field list validates requests the way FastAPI and Pydantic do
// and produces the `Body_<operationId>` schema of the OpenAPI document.
import type { JsonObject } from '../json'
import { titleFromName } from '../python-text'
import { missingField, patternMismatch, type ValidationErrorEntry } from '../validation-error'

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
  readonly format?: 'password'
}

export type FormValues = Readonly<Record<string, string | null>>

export interface FormModel<F> {
  readonly fields: readonly FormField[]
  build(values: FormValues): F
}

export type FormValidation<F> =
  { readonly ok: true; readonly form: F } | { readonly ok: false; readonly errors: readonly ValidationErrorEntry[] }

export function validateForm<F>(model: FormModel<F>, raw: ReadonlyMap<string, string>): FormValidation<F> {
  const errors: ValidationErrorEntry[] = []
  const values: Record<string, string | null> = {}
  for (const field of model.fields) {
    const value = raw.get(field.name)
    // FastAPI treats an empty form value as a missing one (re-fixed for Pydantic 2 in 0.123.2).
    if (value === undefined || value === '') {
      if (field.required) errors.push(missingField('body', field.name))
      values[field.name] = field.default ?? null
      continue
    }
    if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value)) {
      errors.push(patternMismatch('body', field.name, field.pattern, value))
    }
    values[field.name] = value
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, form: model.build(values) }
}

export function formSchema(model: FormModel<unknown>, title: string): JsonObject {
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

// Key order follows FastAPI's Schema model: anyOf, type, pattern, format, title, default.
function fieldSchema(field: FormField): JsonObject {
  const stringType: JsonObject = { type: 'string', ...(field.pattern !== undefined ? { pattern: field.pattern } : {}) }
  return {
    ...(field.nullable ? { anyOf: [stringType, { type: 'null' }] } : stringType),
    ...(field.format !== undefined ? { format: field.format } : {}),
    title: titleFromName(field.name),
    ...(field.default !== undefined ? { default: field.default } : {}),
  }
}
