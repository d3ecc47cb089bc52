import { describe, expect, it } from 'vitest'
import { replacementFor, unusedReplacements } from './swagger-ui-trim'

const SWAGGER_UI = '/repo/node_modules/swagger-ui-react/swagger-ui-es-bundle-core.js'
const SWAGGER_CLIENT = '/repo/node_modules/swagger-client/es/http/serializers/response/index.js'
const OUR_CODE = '/repo/src/docs/markdown-renderer.ts'

describe("what the build replaces in Swagger UI's imports", () => {
  it('redirects Swagger UI’s and swagger-client’s imports to the files of this folder', () => {
    expect(replacementFor('js-yaml', SWAGGER_UI)).toMatch(/build-aliases\/js-yaml-json-only\.ts$/)
    expect(replacementFor('js-yaml', SWAGGER_CLIENT)).toMatch(/build-aliases\/js-yaml-json-only\.ts$/)
    expect(replacementFor('swagger-client/es/resolver/strategies/openapi-3-1-apidom', SWAGGER_UI)).toMatch(
      /openapi-31-strategy\.ts$/,
    )
    expect(replacementFor('lodash/fp/assocPath', SWAGGER_UI)).toMatch(/lodash-fp-set\.ts$/)
  })

  it('hands a highlight.js language over by its name', () => {
    expect(replacementFor('react-syntax-highlighter/dist/esm/languages/hljs/json', SWAGGER_UI)).toBe(
      '\0bearer-playground:hljs-language:json',
    )
  })

  it('leaves the playground’s own imports, and every other module, alone', () => {
    expect(replacementFor('remarkable', OUR_CODE)).toBeNull()
    expect(replacementFor('dompurify', undefined)).toBeNull()
    expect(replacementFor('immutable', SWAGGER_UI)).toBeNull()
    expect(replacementFor('swagger-client/es/resolver/strategies/openapi-3-0', SWAGGER_UI)).toBeNull()
  })

  it('names the replacements a build never used', () => {
    expect(unusedReplacements(new Set(['js-yaml']))).toContain('remarkable')
    expect(unusedReplacements(new Set(['js-yaml']))).not.toContain('js-yaml')
  })
})
