// In place of swagger-client's `json-schema-2020-12-apidom` (swagger-ui-aliases.ts): Swagger UI
// only meets a standalone JSON Schema document when given one, and the playground gives it
// OpenAPI documents.
import { isJSONSchema202012 } from 'swagger-client/es/helpers/json-schema-predicates'
import { unsupportedStrategy } from './unsupported-strategy'

export const jsonSchema202012Strategy = unsupportedStrategy(
  'json-schema-2020-12-apidom',
  'standalone JSON Schema',
  isJSONSchema202012,
)

// Swagger UI imports the module it replaces by its default export.
export { jsonSchema202012Strategy as default }
