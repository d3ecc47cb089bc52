// In place of js-yaml (swagger-ui-aliases.ts). Swagger UI and swagger-client parse the OpenAPI
// document, and any text answer, with js-yaml's JSON schema; FastAPI's documents are JSON, which
// JSON.parse reads the same. Text that is not JSON fails with a clear message where js-yaml would
// have read YAML, and YAML output (an example for a YAML media type) is not available.

/** js-yaml's error carries the reason on its own; Swagger UI shows `reason`. */
export class JsonOnlyError extends Error {
  readonly reason: string
  constructor(reason: string) {
    super(`Bearer Playground's Swagger UI reads JSON only, not YAML: ${reason}`)
    this.name = 'JsonOnlyError'
    this.reason = this.message
  }
}

/** Only its identity matters: callers pass it back as `{ schema: JSON_SCHEMA }`. */
export const JSON_SCHEMA = Object.freeze({ name: 'JSON_SCHEMA, read as JSON only' })

export function load(text: string): unknown {
  // An empty YAML stream is no document at all; Swagger UI parses one before it has a document.
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new JsonOnlyError(error instanceof Error ? error.message : String(error))
  }
}

export function dump(): never {
  throw new JsonOnlyError('writing YAML (an example for a YAML media type) is left out of this build')
}

const jsYaml = { load, dump, JSON_SCHEMA }

// Both libraries import js-yaml by its default export.
export { jsYaml as default }
