// The floor of any msw mock, for the benchmark: a page whose only code is msw's setupWorker with
// one handler that answers GET /items/ as lesson one's stand-in does (401, the same body and
// www-authenticate), through msw's own worker script and msw's own request pipeline. Built with
// Vite at bench time and served from loopback by the walkthroughs' static host.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { build } from 'vite'
import { serveStatic } from '../support/static-host'

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>starting</title></head>
<body><script type="module" src="./main.js"></script></body>
</html>
`

const MAIN = `import { setupWorker } from 'msw/browser'
import { http, HttpResponse } from 'msw'

const worker = setupWorker(
  http.get('/items/', () =>
    HttpResponse.json({ detail: 'Not authenticated' }, { status: 401, headers: { 'www-authenticate': 'Bearer' } }),
  ),
)
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
document.title = 'ready'
`

export interface SimplestMswPage {
  /** The page; it titles itself "ready" once msw answers. */
  readonly url: string
  close(): Promise<void>
}

/** The worker script msw ships for this version (the playground's public/ copy may differ). */
function mswWorkerScript(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js')
}

export async function serveSimplestMswPage(port: number): Promise<SimplestMswPage> {
  // Inside the project, so that the page's imports resolve from its node_modules.
  const cache = join(process.cwd(), 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const source = mkdtempSync(join(cache, 'simplest-msw-source-'))
  const root = mkdtempSync(join(tmpdir(), 'simplest-msw-'))
  writeFileSync(join(source, 'index.html'), PAGE)
  writeFileSync(join(source, 'main.js'), MAIN)
  await build({
    configFile: false,
    root: source,
    logLevel: 'warn',
    build: { outDir: root, emptyOutDir: true, target: 'es2022' },
  })
  copyFileSync(mswWorkerScript(), join(root, 'mockServiceWorker.js'))
  const host = await serveStatic(root, '/', port)
  return {
    url: host.url,
    close: async () => {
      await host.close()
      rmSync(root, { recursive: true, force: true })
      rmSync(source, { recursive: true, force: true })
    },
  }
}
