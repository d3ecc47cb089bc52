// A stand-in for one of swagger-client's ApiDOM strategies of a format no FastAPI app serves: it
// declines every other document, and stops loudly on its own.
import type { ResolveStrategy } from './resolve-strategy'

export function unsupportedStrategy(
  name: string,
  format: string,
  matches: (spec: unknown) => boolean,
): ResolveStrategy {
  const refuse = (): never => {
    throw new Error(
      `Bearer Playground's Swagger UI is built without ${format} support (swagger-client's ${name} ` +
        'strategy): FastAPI serves OpenAPI 3.1, or 3.0 before FastAPI 0.99.',
    )
  }
  return {
    name,
    match: (spec) => (matches(spec) ? refuse() : false),
    normalize: (spec) => spec,
    resolve: () => Promise.resolve().then(refuse),
  }
}
