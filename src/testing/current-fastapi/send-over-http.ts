// Sends one generated request to a running server over real HTTP with node:http, which writes header
// values as Latin-1 bytes (a browser sends U+00A0 as the one byte 0xA0 too; fetch would refuse some).
// Redirects are not followed. `Host: testserver` is what the stand-in's TestClient-like helper is
// asked for, so FastAPI's absolute redirect URLs name the same host on both sides.
import { Agent, request as httpRequest } from 'node:http'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'

export const TEST_HOST = 'testserver'

/**
 * A connection per request (`Connection: close`): uvicorn closes a connection after an app's
 * unhandled exception has been answered with a 500, and a kept-alive socket would then fail the
 * next request with ECONNRESET.
 */
export function createHttpSender(origin: string): {
  send(request: OracleRequest): Promise<OracleAnswer>
  close(): void
} {
  const agent = new Agent({ keepAlive: false })
  const { hostname, port } = new URL(origin)
  return {
    send: (request) =>
      new Promise<OracleAnswer>((resolve, reject) => {
        // A Buffer body makes node:http write the head as Latin-1; a string body would take the head
        // into its own encoding (UTF-8) and turn 0xA0 into two bytes.
        const body = Buffer.from(request.body ?? '', 'utf8')
        const headers: (readonly [string, string])[] = [['host', TEST_HOST], ...(request.headers ?? [])]
        if (request.body !== undefined) headers.push(['content-length', String(body.length)])
        const outgoing = httpRequest(
          { agent, hostname, port, method: request.method, path: request.path, headers: headers.flat() },
          (response) => {
            const chunks: Buffer[] = []
            response.on('data', (chunk: Buffer) => chunks.push(chunk))
            response.on('error', reject)
            response.on('end', () => {
              // rawHeaders: names and values in the order sent, values read as Latin-1.
              const raw = response.rawHeaders
              const pairs: [string, string][] = []
              for (let index = 0; index + 1 < raw.length; index += 2) {
                pairs.push([raw[index] ?? '', raw[index + 1] ?? ''])
              }
              resolve({
                status: response.statusCode ?? 0,
                headers: pairs,
                body: Buffer.concat(chunks).toString('utf8'),
              })
            })
          },
        )
        outgoing.on('error', reject)
        outgoing.end(body)
      }),
    close: () => {
      agent.destroy()
    },
  }
}
