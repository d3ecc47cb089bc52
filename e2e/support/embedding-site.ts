// A tutorial site on another origin (another port) that puts lesson one beside its own text in an
// iframe, as the README shows.
import { createServer } from 'node:http'

export const EMBEDDED_TITLE = 'Bearer Playground: First steps'

export async function serveEmbeddingSite(port: number, playgroundUrl: string): Promise<() => Promise<void>> {
  const lesson = new URL('?lesson=first-steps&view=embed', playgroundUrl).href
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A tutorial site</title></head><body>' +
    '<main><h1>Security, first steps</h1>' +
    `<iframe src="${lesson}" title="${EMBEDDED_TITLE}" width="800" height="600"></iframe>` +
    '</main></body></html>'
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve, reject) => {
    site.once('error', reject)
    site.listen(port, '127.0.0.1', resolve)
  })
  return () =>
    new Promise<void>((resolve) => {
      site.closeAllConnections()
      site.close(() => {
        resolve()
      })
    })
}
