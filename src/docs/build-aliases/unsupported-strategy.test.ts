import { describe, expect, it } from 'vitest'
import { jsonSchema202012Strategy } from './json-schema-strategy'
import { openApi32Strategy } from './openapi-32-strategy'

const FASTAPI_DOCUMENT = { openapi: '3.1.0', info: { title: 'FastAPI', version: '0.1.0' }, paths: {} }

describe('the strategies left out of the build', () => {
  it('decline what FastAPI serves, so that the next strategy resolves it', () => {
    for (const strategy of [openApi32Strategy, jsonSchema202012Strategy]) {
      expect(strategy.match(FASTAPI_DOCUMENT)).toBe(false)
      expect(strategy.match({ ...FASTAPI_DOCUMENT, openapi: '3.0.2' })).toBe(false)
    }
  })

  it('stop loudly on a document of their own format', async () => {
    expect(() => openApi32Strategy.match({ ...FASTAPI_DOCUMENT, openapi: '3.2.0' })).toThrow(
      /built without OpenAPI 3.2 support \(swagger-client's openapi-3-2-apidom strategy\)/,
    )
    expect(() =>
      jsonSchema202012Strategy.match({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }),
    ).toThrow(/built without standalone JSON Schema support/)
    await expect(openApi32Strategy.resolve({})).rejects.toThrow(/OpenAPI 3\.2/)
  })
})
