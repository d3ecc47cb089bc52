// A plain static file server with no single-page fallback, like a bare static host: what the
// hosted demo must survive. It serves one folder at a mount path (e.g. /learn/oauth2/).
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
}

export interface StaticHost {
  readonly url: string
  close(): Promise<void>
}

export async function serveStatic(root: string, mountPath: string, port: number): Promise<StaticHost> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost')
      if (!pathname.startsWith(mountPath)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      const relative = normalize(decodeURIComponent(pathname.slice(mountPath.length)))
      if (relative.startsWith('..')) {
        response.writeHead(400).end()
        return
      }
      let file = join(root, relative)
      const info = await stat(file).catch(() => null)
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { location: `${pathname}/` }).end()
          return
        }
        file = join(file, 'index.html')
      }
      const fileInfo = info?.isDirectory() ? await stat(file).catch(() => null) : info
      if (!fileInfo?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': fileInfo.size,
        // Built assets have content hashes in their names, so hosts let browsers keep them.
        'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
      if (request.method === 'HEAD') response.end()
      else createReadStream(file).pipe(response)
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${port}${mountPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
