// In place of swagger-client's `openapi-3-2-apidom` (swagger-ui-aliases.ts): no FastAPI serves 3.2.
import { isOpenAPI32 } from 'swagger-client/es/helpers/openapi-predicates'
import { unsupportedStrategy } from './unsupported-strategy'

export const openApi32Strategy = unsupportedStrategy('openapi-3-2-apidom', 'OpenAPI 3.2', isOpenAPI32)

// Swagger UI imports the module it replaces by its default export.
export { openApi32Strategy as default }
