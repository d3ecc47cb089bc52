// Swagger UI's resolver strategy for OpenAPI 3.1, without ApiDOM: the build puts this in place of
// swagger-client's `openapi-3-1-apidom` (see swagger-ui-aliases.ts).
//
// swagger-client resolves a 3.1 document with ApiDOM, a general model of every API description
// format (a quarter of Swagger UI's chunk). What it does for a FastAPI document, the generic
// strategy (specmap, which already resolves OpenAPI 3.0 here, for `?fastapi=0.92`) does too:
// FastAPI's documents only refer within themselves (`#/components/schemas/...`), carry no
// `$id`/`$anchor`/`$dynamicRef`, and need the same normalisation (operation ids, inherited
// parameters and security). openapi-31-strategy.test.ts resolves every lesson's document both
// ways and requires the same result.
import genericStrategy from 'swagger-client/es/resolver/strategies/generic'
import { isOpenAPI31 } from 'swagger-client/es/helpers/openapi-predicates'
import type { ResolveStrategy } from './resolve-strategy'

export const openApi31Strategy: ResolveStrategy = {
  // The name of the strategy it replaces: swagger-client only logs it, but keep the trail.
  name: 'openapi-3-1-apidom',
  match: (spec) => isOpenAPI31(spec),
  normalize: (spec) => genericStrategy.normalize(spec),
  // The generic resolve normalises its result with the matching strategy's normalize: this one.
  resolve: (options) => genericStrategy.resolve(options),
}

// Swagger UI imports the module it replaces by its default export.
export { openApi31Strategy as default }
