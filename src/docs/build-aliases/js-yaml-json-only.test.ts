import jsYaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA, JsonOnlyError, dump, load } from './js-yaml-json-only'

describe('js-yaml, read as JSON only', () => {
  it('reads a JSON document as js-yaml does with its JSON schema', () => {
    const text = '{"openapi":"3.1.0","paths":{"/items/":{"get":{"summary":"Read Items"}}},"n":[1,2.5,null,true]}'
    expect(load(text)).toEqual(jsYaml.load(text, { schema: jsYaml.JSON_SCHEMA }))
  })

  it('reads empty text as no document, as js-yaml does', () => {
    expect(load('')).toBe(jsYaml.load(''))
    expect(load(' \n')).toBeUndefined()
  })

  it('refuses YAML with a reason Swagger UI can show', () => {
    expect(() => load('openapi: 3.1.0')).toThrow(JsonOnlyError)
    try {
      load('openapi: 3.1.0')
    } catch (error) {
      expect((error as JsonOnlyError).reason).toMatch(/reads JSON only, not YAML/)
    }
  })

  it('writes no YAML, and says so', () => {
    expect(() => dump()).toThrow(/writing YAML .* is left out of this build/)
    expect(JSON_SCHEMA).toBeTypeOf('object')
  })
})
