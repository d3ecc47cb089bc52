// Where the lesson's API answers. Behind a proxy FastAPI runs with root_path="/api/v1": its
// routes, its OpenAPI servers entry and its own /docs page all move below that prefix.
export const PROXY_PREFIX = 'api/v1/'

export interface ApiMount {
  /** The API's root, always with a trailing slash. */
  readonly apiRoot: URL
  /** Where FastAPI would serve Swagger UI: `<root_path>/docs`. */
  readonly docsPage: URL
}

export function apiMount(base: URL, behindProxy: boolean): ApiMount {
  const apiRoot = behindProxy ? new URL(PROXY_PREFIX, base) : base
  return { apiRoot, docsPage: new URL('docs', apiRoot) }
}

/**
 * How a browser resolves a tokenUrl on FastAPI's docs page. Swagger UI ignores a relative
 * `servers` entry for the token request, so the page's own URL is the base.
 */
export function resolveTokenUrl(tokenUrl: string, docsPage: URL): URL {
  return new URL(tokenUrl, docsPage)
}
