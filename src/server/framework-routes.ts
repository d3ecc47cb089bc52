// The routes FastAPI adds to every app: the OpenAPI document and the docs pages.
import type { OpenApiDocument } from './openapi/generate-openapi'
import type { ReleaseChangeId } from './release-changes'
import { htmlResponse, jsonResponse } from './responses'

/** Starlette `Route`s added by FastAPI itself: GET (and so HEAD) only, outside the schema. */
export interface FrameworkRoute {
  readonly path: string
  readonly methods: readonly string[]
  readonly name: string
  respond(request: Request, rootPath: string): Response
  /** Which change, if any, makes this answer differ from today's FastAPI's in the release answered as. */
  releaseChange?(request: Request, rootPath: string): ReleaseChangeId | undefined
}

export function frameworkRoutes(
  openapi: (rootPath: string) => OpenApiDocument,
  documentChange: (request: Request, rootPath: string) => ReleaseChangeId | undefined,
): FrameworkRoute[] {
  // Starlette's `allow` joins a Python set here, so a real server says "GET, HEAD" or "HEAD, GET"
  // depending on the process's string-hash seed; the stand-in always gives the first.
  const getAndHead = ['GET', 'HEAD']
  // FastAPI serves its own docs pages here; in the playground, Swagger UI lives on the page itself.
  const docsPage = (path: string, name: string, title: string): FrameworkRoute => ({
    path,
    methods: getAndHead,
    name,
    respond: (request, rootPath) =>
      htmlResponse(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
          `<body><p>FastAPI would serve ${title} here. In Bearer Playground the interactive docs are ` +
          `<a href="${rootPath}/">on the playground page</a>.</p></body></html>`,
        request.method,
      ),
  })
  return [
    {
      path: '/openapi.json',
      methods: getAndHead,
      name: 'openapi',
      respond: (request, rootPath) => jsonResponse(200, openapi(rootPath), { method: request.method }),
      releaseChange: documentChange,
    },
    docsPage('/docs', 'swagger_ui_html', 'FastAPI - Swagger UI'),
    docsPage('/docs/oauth2-redirect', 'swagger_ui_redirect', 'Swagger UI OAuth2 redirect'),
    docsPage('/redoc', 'redoc_html', 'FastAPI - ReDoc'),
  ]
}
