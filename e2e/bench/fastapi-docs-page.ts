// FastAPI's own /docs page, rebuilt for the benchmark without Python: the HTML that
// fastapi/openapi/docs.py (get_swagger_ui_html) writes, Swagger UI's standalone bundle and CSS,
// and an OpenAPI document, all served from loopback by the same static host as the playground.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { serveStatic } from '../support/static-host'

/**
 * FastAPI loads swagger-ui-dist@5 from a CDN. The bundle and CSS here come from the
 * swagger-ui-react we ship, which carries the standalone bundle of the very Swagger UI it wraps
 * (5.35.1). The registry's swagger-ui-dist stops at 5.35.0, whose files differ from these only in
 * the version strings, so the exact version is the one that ships with us.
 */
function swaggerUiFile(name: 'swagger-ui-bundle.js' | 'swagger-ui.css'): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('swagger-ui-react/swagger-ui.css')), name)
}

/** get_swagger_ui_html's page, with FastAPI's default parameters, for openapi_url "/openapi.json". */
const DOCS_HTML = `<!DOCTYPE html>
<html>
<head>
<link type="text/css" rel="stylesheet" href="/static/swagger-ui.css">
<title>FastAPI - Swagger UI</title>
</head>
<body>
<div id="swagger-ui">
</div>
<script src="/static/swagger-ui-bundle.js"></script>
<!-- \`SwaggerUIBundle\` is now available on the page -->
<script>
const ui = SwaggerUIBundle({
    url: '/openapi.json',
"dom_id": "#swagger-ui",
"layout": "BaseLayout",
"deepLinking": true,
"showExtensions": true,
"showCommonExtensions": true,
oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect',
    presets: [
        SwaggerUIBundle.presets.apis,
        SwaggerUIBundle.SwaggerUIStandalonePreset
        ],
    })
</script>
</body>
</html>
`

export interface FastApiDocsHost {
  /** The /docs page (served as /docs/, the static host's form of a folder's page). */
  readonly docsUrl: string
  /** The host's root URL, and the folder it serves there. */
  readonly rootUrl: string
  readonly root: string
  close(): Promise<void>
}

/** Serves FastAPI's /docs page on `port`, with `openApiDocument` as its /openapi.json. */
export async function serveFastApiDocs(port: number, openApiDocument: string): Promise<FastApiDocsHost> {
  const root = mkdtempSync(join(tmpdir(), 'fastapi-docs-'))
  mkdirSync(join(root, 'docs'))
  mkdirSync(join(root, 'static'))
  writeFileSync(join(root, 'docs', 'index.html'), DOCS_HTML)
  writeFileSync(join(root, 'openapi.json'), openApiDocument)
  copyFileSync(swaggerUiFile('swagger-ui-bundle.js'), join(root, 'static', 'swagger-ui-bundle.js'))
  copyFileSync(swaggerUiFile('swagger-ui.css'), join(root, 'static', 'swagger-ui.css'))
  const host = await serveStatic(root, '/', port)
  return {
    docsUrl: `${host.url}docs/`,
    rootUrl: host.url,
    root,
    close: async () => {
      await host.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/** The playground's document as FastAPI at the root of its host would serve it: no `servers`. */
export function atHostRoot(document: string): string {
  const parsed = JSON.parse(document) as Record<string, unknown>
  delete parsed.servers
  return JSON.stringify(parsed)
}
