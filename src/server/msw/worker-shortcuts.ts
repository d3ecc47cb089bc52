// Two shortcuts in the page's side of msw's worker protocol (worker-protocol.ts). The
// worker hands every request of a page it mocks for to the page's main thread, as a REQUEST message
// with a port, and waits on that port for MOCK_RESPONSE or PASSTHROUGH; once answered, it sends a
// RESPONSE message with a copy of the answer, for msw's events. msw's page side would rebuild each
// request, run its handler pipeline and events, stream the answer back and read the copy: about
// 5 ms of main thread per request, where the stand-in itself needs a tenth of a millisecond.
// - The playground's own files and page loads are never the stand-in's: "passthrough" at once.
// - Requests below the mounted API root have one handler only, the stand-in: it answers them here,
//   the answer going to the worker as bytes, and the traffic view hears of them directly. So do
//   requests to a third party the app trusts (its identity provider), page loads of its popup too.
// msw still owns the worker: its registration, activation and keep-alive, the clients it mocks for,
// and every other request (a real server's, one that left the app), which reaches its handlers.
import { BoundedMap } from '../bounded-map'
import { isAppUrl } from './app-files'
import { starletteHeaderView } from './header-bytes'
import type { InFlightLimit } from './in-flight-limit'
import { isApiUrl, thirdPartyFor } from './stand-in-urls'
import type { HandledRequest } from '../fastapi-app'
import { rootPathOf, type Mount, type TrafficEvent } from '../traffic'
import {
  readWorkerMessage,
  replyPortOf,
  replyWithAnswer,
  replyWithNetworkError,
  replyWithPassthrough,
  type WorkerMessageSource,
  type WorkerReplyPort,
  type WorkerRequest,
} from './worker-protocol'

/** Whether the request is one of the page's own files or a page load: never the stand-in's. */
export function isPlaygroundOwn(request: { readonly url: string; readonly mode: string }, base: URL): boolean {
  return request.mode === 'navigate' || isAppUrl(request.url, base)
}

// Statuses whose responses have no body (the stand-in's Response could not have one either): the
// worker's `new Response` would throw on any body at all, even an empty one.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])
const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD'])
const ANSWERED_KEPT = 1000
const utf8 = new TextDecoder()

/** The request as the page sent it, rebuilt from the worker's message, headers as Starlette reads them. */
export function requestFromWorker(request: WorkerRequest): Request {
  return new Request(request.url, {
    method: request.method,
    headers: starletteHeaderView(request.headers),
    body: METHODS_WITHOUT_BODY.has(request.method.toUpperCase()) ? null : request.body,
    ...(request.credentials !== undefined && { credentials: request.credentials }),
  })
}

export interface ShortcutOptions {
  readonly base: URL
  /** The app mounted now, if any. */
  readonly mounted: () => Mount | undefined
  /** Lets requests into the stand-in one at a time, frames first (in-flight-limit.ts). */
  readonly limit: InFlightLimit
  /** Where the exchanges answered here are reported; undefined while nobody listens. */
  readonly report: () => ((event: TrafficEvent) => void) | undefined
  /** Hears the URL of each request the stand-in answers here (stand-in-reach.ts). */
  readonly answered?: (url: string) => void
}

/**
 * Installs both shortcuts on the page's `navigator.serviceWorker`. Call before msw starts: this
 * listener must run before msw's, which then never hears of the requests answered here.
 */
export function shortenWorkerRoundTrips(source: WorkerMessageSource, options: ShortcutOptions): void {
  // Requests answered here, whose RESPONSE copy nobody reads. A request the worker then failed sends
  // no copy: the oldest ids go once there are more than any burst could leave in flight.
  const answeredHere = new BoundedMap<string, true>(ANSWERED_KEPT)
  source.addEventListener('message', (event) => {
    const message = readWorkerMessage(event.data)
    const port = replyPortOf(event)
    if (message?.type === 'REQUEST' && port) {
      const { request } = message
      const mount = options.mounted()
      const party = thirdPartyFor(request.url, mount)
      if (party) {
        void answer(request, port, (incoming) => party.handle(incoming))
      } else if (isPlaygroundOwn(request, options.base)) {
        // No headers: the worker sends the request as the browser made it.
        replyWithPassthrough(port)
      } else if (mount && isApiUrl(request.url, mount.apiRoot)) {
        void answer(request, port, (incoming) => mount.app.handle(incoming, rootPathOf(mount.apiRoot)))
      } else {
        return
      }
      event.stopImmediatePropagation()
      answeredHere.set(request.id, true)
    } else if (message?.type === 'RESPONSE' && answeredHere.delete(message.requestId)) {
      // The worker's copy of an answer already reported, or of a file nobody here reads: close its
      // stream, and keep it from msw.
      event.stopImmediatePropagation()
      if (message.body instanceof ReadableStream) void message.body.cancel()
    }
  })

  async function answer(
    message: WorkerRequest,
    port: WorkerReplyPort,
    handle: (request: Request) => Promise<HandledRequest>,
  ) {
    const { id } = message
    options.answered?.(message.url)
    const startedAt = performance.now()
    await options.limit.enter(id)
    // Nobody listening (no traffic view yet): the bodies are not decoded for it.
    const report = options.report()
    let answered = false
    try {
      const request = requestFromWorker(message)
      report?.({
        kind: 'request',
        id,
        method: request.method,
        url: request.url,
        headers: [...request.headers],
        body: message.body === null ? '' : utf8.decode(message.body),
        startedAt,
      })
      const { response, record } = await handle(request)
      const body =
        response.status === 0 || NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer()
      // Read before the bytes move to the worker.
      const text = report && body ? utf8.decode(body) : ''
      const headers = [...response.headers]
      replyWithAnswer(port, { status: response.status, statusText: response.statusText, headers, body })
      answered = true
      report?.({
        kind: 'response',
        id,
        status: response.status,
        statusText: response.statusText,
        headers,
        body: text,
        finishedAt: performance.now(),
        answeredBy: 'stand-in',
        route: 'worker-reply',
        record,
      })
    } catch (error) {
      // The stand-in failed (a bug, not FastAPI behaviour): the page's fetch fails rather than hangs.
      if (!answered) replyWithNetworkError(port)
      report?.({ kind: 'failure', id, message: error instanceof Error ? error.message : String(error) })
    } finally {
      options.limit.leave(id)
    }
  }
}
