import { describe, expect, it } from 'vitest'
import { echoesSecrets, prettyBodyMaskingEchoes } from './echoed-secrets'
import { MASK, prettyBody } from './formatters'

// Bodies as FastAPI 0.165 sends them for the playground's login routes.
const FORM_AS_JSON =
  '{"detail":[{"type":"model_attributes_type","loc":["body"],"msg":"Input should be a valid dictionary or object ' +
  'to extract fields from","input":"grant_type=password&username=johndoe&password=secret"}]}'
const MODEL_MISSING_FIELD =
  '{"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":{"password":"secret"}}]}'
const WRONG_TYPE =
  '{"detail":[{"type":"string_type","loc":["body","password"],"msg":"Input should be a valid string","input":5}]}'
const MISSING_PASSWORD = '{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}'

describe('secrets echoed by a 422', () => {
  it('masks a password inside the form echoed as one string', () => {
    const shown = prettyBodyMaskingEchoes(FORM_AS_JSON, false)
    expect(shown).toContain(`"input": "grant_type=password&username=johndoe&password=${MASK}"`)
    expect(shown).not.toContain('secret')
    expect(echoesSecrets(FORM_AS_JSON)).toBe(true)
  })

  it('masks the password key of an echoed object and the value of a password field', () => {
    expect(prettyBodyMaskingEchoes(MODEL_MISSING_FIELD, false)).toContain(`"password": "${MASK}"`)
    expect(prettyBodyMaskingEchoes(WRONG_TYPE, false)).toContain(`"input": "${MASK}"`)
  })

  it('keeps FastAPI’s keys in their order', () => {
    const keys = Object.keys(
      (JSON.parse(prettyBodyMaskingEchoes(WRONG_TYPE, false)) as { detail: object[] }).detail[0] ?? {},
    )
    expect(keys).toEqual(['type', 'loc', 'msg', 'input'])
  })

  it('shows everything once revealed, and leaves bodies without echoed secrets as they are', () => {
    expect(prettyBodyMaskingEchoes(FORM_AS_JSON, true)).toBe(prettyBody(FORM_AS_JSON))
    expect(prettyBodyMaskingEchoes(MISSING_PASSWORD, false)).toBe(prettyBody(MISSING_PASSWORD))
    expect(echoesSecrets(MISSING_PASSWORD)).toBe(false)
    expect(prettyBodyMaskingEchoes('{"detail":"Not authenticated"}', false)).toBe(
      prettyBody('{"detail":"Not authenticated"}'),
    )
    expect(prettyBodyMaskingEchoes('Internal Server Error', false)).toBe('Internal Server Error')
  })
})
