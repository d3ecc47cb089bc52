// A third party the lesson's app trusts (the stand-in identity provider), served over real HTTP on
// this machine, so that the real main.py can fetch its JWKS as it would fetch Keycloak's. One per
// test process: it starts on first use, on a port the system picks, and never keeps the process alive.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { ThirdPartyStandIn } from '../../server/fastapi-app'

export interface ThirdPartyServer {
  /** `http://127.0.0.1:<port>/`: the site the stand-in app is built with, so its URLs point here. */
  readonly site: URL
  /** Which stand-in answers from now on (the app built for `site`). */
  serve(standIn: ThirdPartyStandIn): void
}

let started: Promise<ThirdPartyServer> | undefined

export function thirdPartyServer(): Promise<ThirdPartyServer> {
  started ??= start()
  return started
}

async function start(): Promise<ThirdPartyServer> {
  let standIn: ThirdPartyStandIn | undefined
  const server = createServer((incoming, outgoing) => {
    void answer(incoming, outgoing, standIn)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  server.unref()
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the third-party server has no port')
  return {
    site: new URL(`http://127.0.0.1:${address.port}/`),
    serve(next) {
      standIn = next
    },
  }
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, standIn: ThirdPartyStandIn | undefined) {
  if (!standIn) {
    outgoing.writeHead(503).end('no stand-in yet')
    return
  }
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const method = incoming.method ?? 'GET'
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const url = new URL(incoming.url ?? '/', standIn.root.origin)
  const { response } = await standIn.handle(
    new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? null : Buffer.concat(chunks) }),
  )
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}
