// The error entries FastAPI sends in a 422: Pydantic 2's today (no `url` key since FastAPI
// 0.110.2), Pydantic 1's in FastAPI 0.92 (pydantic/error_wrappers.py there: loc, msg, type, ctx).
import type { JsonValue } from './json'

export type ValidationErrorEntry =
  | {
      readonly type: 'missing'
      readonly loc: readonly [string, string]
      readonly msg: 'Field required'
      readonly input: null
    }
  | {
      readonly type: 'string_pattern_mismatch'
      readonly loc: readonly [string, string]
      readonly msg: string
      readonly input: string
      readonly ctx: { readonly pattern: string }
    }
  | {
      /** A string field given something else: here an uploaded file, echoed as FastAPI encodes it. */
      readonly type: 'string_type'
      readonly loc: readonly [string, string]
      readonly msg: 'Input should be a valid string'
      readonly input: JsonValue
    }
  | {
      readonly type: 'literal_error'
      readonly loc: readonly [string, string]
      readonly msg: string
      /** The value sent, or an uploaded file as FastAPI encodes it. */
      readonly input: JsonValue
      readonly ctx: { readonly expected: string }
    }
  | {
      readonly loc: readonly [string, string]
      readonly msg: 'field required'
      readonly type: 'value_error.missing'
    }
  | {
      readonly loc: readonly [string, string]
      readonly msg: 'str type expected'
      readonly type: 'type_error.str'
    }
  | {
      readonly loc: readonly [string, string]
      readonly msg: string
      readonly type: 'value_error.str.regex'
      readonly ctx: { readonly pattern: string }
    }

export function missingField(location: string, field: string): ValidationErrorEntry {
  return { type: 'missing', loc: [location, field], msg: 'Field required', input: null }
}

export function patternMismatch(location: string, field: string, pattern: string, input: string): ValidationErrorEntry {
  return {
    type: 'string_pattern_mismatch',
    loc: [location, field],
    msg: `String should match pattern '${pattern}'`,
    input,
    ctx: { pattern },
  }
}

export function notAString(location: string, field: string, input: JsonValue): ValidationErrorEntry {
  return { type: 'string_type', loc: [location, field], msg: 'Input should be a valid string', input }
}

/**
 * Pydantic 2's error for a `Literal[...]` that the value is none of: each allowed value as its
 * repr, the last two joined by "or" (pydantic-core's literal validator).
 */
export function literalMismatch(
  location: string,
  field: string,
  allowed: readonly string[],
  input: JsonValue,
): ValidationErrorEntry {
  const reprs = allowed.map((value) => `'${value}'`)
  const expected = reprs.length <= 1 ? reprs.join('') : `${reprs.slice(0, -1).join(', ')} or ${reprs.at(-1) ?? ''}`
  return { type: 'literal_error', loc: [location, field], msg: `Input should be ${expected}`, input, ctx: { expected } }
}

/** Pydantic 1's MissingError, keys in the order FastAPI 0.92 sends them. */
export function missingField092(location: string, field: string): ValidationErrorEntry {
  return { loc: [location, field], msg: 'field required', type: 'value_error.missing' }
}

/** Pydantic 1's StrError: the value is not echoed. */
export function notAString092(location: string, field: string): ValidationErrorEntry {
  return { loc: [location, field], msg: 'str type expected', type: 'type_error.str' }
}

/** Pydantic 1's StrRegexError: the pattern is quoted with double quotes, the value is not echoed. */
export function regexMismatch092(location: string, field: string, pattern: string): ValidationErrorEntry {
  return {
    loc: [location, field],
    msg: `string does not match regex "${pattern}"`,
    type: 'value_error.str.regex',
    ctx: { pattern },
  }
}

/** Whether the entry says the field was missing, in either Pydantic's words. */
export function isMissing(entry: ValidationErrorEntry): boolean {
  return entry.type === 'missing' || entry.type === 'value_error.missing'
}
