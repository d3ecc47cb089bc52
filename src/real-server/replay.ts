// Sends a copy of a request the real server answered to the lesson's stand-in, by calling its
// handle() in the page: nothing goes over the network, so the server sees each request once.
import type { ExchangeRecord } from '../server/exchange-record'
import type { FastApiApp } from '../server/fastapi-app'
import { rootPathOf, type TrafficRequest } from '../server/traffic'
import type { Answer } from './compare-answers'

export interface Replay {
  /** The stand-in's final answer. */
  readonly answer: Answer
  /** The 307s the stand-in answered first, as the browser follows them before the page sees anything. */
  readonly redirects: readonly string[]
  /** The stand-in's record of its final answer. */
  readonly record: ExchangeRecord
}

const MAX_REDIRECTS = 5

export async function replayOnStandIn(
  app: FastApiApp,
  request: Pick<TrafficRequest, 'method' | 'url' | 'headers' | 'body'>,
  root: URL,
): Promise<Replay> {
  const rootPath = rootPathOf(root)
  const withBody = request.method !== 'GET' && request.method !== 'HEAD'
  const redirects: string[] = []
  let url = request.url
  for (;;) {
    const { response, record } = await app.handle(
      new Request(url, {
        method: request.method,
        headers: [...request.headers.map(([name, value]): [string, string] => [name, value])],
        body: withBody ? request.body : null,
      }),
      rootPath,
    )
    const location = response.headers.get('location')
    // The browser followed the server's redirects within the one exchange the panel shows.
    if (response.status === 307 && location && redirects.length < MAX_REDIRECTS && location.startsWith(root.href)) {
      redirects.push(location)
      url = location
      void response.body?.cancel()
      continue
    }
    return {
      answer: { status: response.status, headers: [...response.headers], body: await response.text() },
      redirects,
      record,
    }
  }
}
