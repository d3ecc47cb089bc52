// A stand-in for someone else's server: a loopback HTTP server on a free port that writes down
// every request it gets and serves one lesson's OpenAPI document, with CORS open to any page.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const DOCUMENT = readFileSync(
  new URL('../../src/lessons/simple-oauth2/tutorial003-openapi-0.92.json', import.meta.url),
  'utf-8',
)

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  /** The Host header: which name the browser used to reach the server. */
  readonly host: string
}

export interface RecordingServer {
  readonly port: number
  /** Every request so far, in order of arrival. */
  readonly requests: RecordedRequest[]
  close(): Promise<void>
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = []
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    requests.push({ method: request.method ?? '', path, host: request.headers.host ?? '' })
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' }
    if (request.method === 'GET' && path === '/openapi.json') {
      response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(DOCUMENT)
    } else {
      response.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"detail":"Not Found"}')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
