// Pydantic 2's error entries as FastAPI sends them in a 422 (no `url` key since FastAPI 0.110.2).

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
