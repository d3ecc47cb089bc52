// FastAPI's 422 echoes what it refused in each error's `input`: a password field's value, the
// whole object a model was given, or the whole form as one string where a JSON body was expected.
// Those echoes are masked like the request's own password until the learner reveals them.
import { isObject, parseJson } from './exchange-facts'
import { MASK, SECRET_FIELDS, maskFormBody, prettyBody } from './formatters'

/** The body pretty-printed as `prettyBody` does, with the secrets its validation errors echo masked. */
export function prettyBodyMaskingEchoes(body: string, reveal: boolean): string {
  const parsed = reveal ? undefined : parseJson(body)
  if (!isObject(parsed) || !Array.isArray(parsed.detail)) return prettyBody(body)
  return JSON.stringify({ ...parsed, detail: parsed.detail.map(maskError) }, null, 2)
}

/** Whether the body echoes a secret, so that the page offers to reveal it. */
export function echoesSecrets(body: string): boolean {
  return prettyBodyMaskingEchoes(body, false) !== prettyBody(body)
}

function maskError(error: unknown): unknown {
  if (!isObject(error) || !('input' in error)) return error
  const field = Array.isArray(error.loc) ? (error.loc.at(-1) as unknown) : undefined
  const secret = typeof field === 'string' && SECRET_FIELDS.has(field)
  // Spread, so the keys keep FastAPI's order with `input` in its place.
  return { ...error, input: secret ? maskValue(error.input) : maskInside(error.input) }
}

function maskValue(value: unknown): unknown {
  return value === null || value === '' ? value : MASK
}

/** An echoed object (a model's body) or an echoed urlencoded form, its secret fields masked. */
function maskInside(input: unknown): unknown {
  if (typeof input === 'string') return maskFormBody(input, false)
  if (!isObject(input)) return input
  return Object.fromEntries(
    Object.entries(input).map(([name, value]) => [name, SECRET_FIELDS.has(name) ? maskValue(value) : value]),
  )
}
