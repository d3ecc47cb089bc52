// The one module that starts msw: it mounts a FastAPI stand-in below the API root and starts
// the service worker that routes the page's requests to it. With a service worker the stand-in
// answers the worker's messages itself (worker-shortcuts.ts); msw's handler below answers for it
// where there is none (msw then mocks fetch inside the page).
import { http, type HttpHandler } from 'msw'
import { defaultNetworkOptions, setupWorker } from 'msw/browser'
import { WORKER_SCRIPT } from './app-files'
import { createExchangeLog, type ExchangeLog } from './exchange-log'
import { rootPathOf, type AnsweredBy, type MockNetwork, type Mount, type TrafficEvent } from '../traffic'
import { encodeForWorker, needsCarrying, starletteHeaderView } from './header-bytes'
import { createInFlightLimit, type InFlightLimit } from './in-flight-limit'
import { watchWorkerMessages, type WorkerMessages } from './worker-messages'
import { rewriteRequestHeaders } from './worker-protocol'
import { isApiUrl, isPlaygroundOwn, shortenWorkerRoundTrips, thirdPartyFor } from './worker-shortcuts'

/**
 * One catch-all handler that lets the stand-in make every routing decision (404, 405, 307) as
 * Starlette does, instead of msw's own path matching. Page loads and the playground's own
 * files pass through to the network.
 */
export function createApiHandler(mount: Mount, log: ExchangeLog, limit?: InFlightLimit): HttpHandler {
  const rootPath = rootPathOf(mount.apiRoot)
  return http.all('*', async ({ request, requestId }) => {
    const party = request.mode === 'navigate' ? undefined : thirdPartyFor(request.url, mount)
    if (!party && (request.mode === 'navigate' || !isApiUrl(request.url, mount.apiRoot))) return undefined
    await limit?.enter(requestId)
    const { response, record } = await (party ? party.handle(request) : mount.app.handle(request, rootPath))
    log.add(requestId, record)
    return response
  })
}

/** What the traffic view needs to know of a request to decide whether it is an exchange to show. */
export interface SeenRequest {
  readonly url: string
  readonly mode: RequestMode
  /** As the browser gave it to the service worker: '' for fetch and XHR, 'script', 'image'… otherwise. */
  readonly destination: string
}

/**
 * Who answers a request the page made, for the traffic view: the stand-in (below its API root), the
 * network (any other fetch or XHR: a real server, or a request that left the app by mistake), or
 * nobody worth showing (navigations, the page's own files, and no-cors requests, whose opaque
 * answers cannot be read anyway).
 */
export function trafficSource(
  request: SeenRequest,
  base: URL,
  apiRoot: URL | undefined,
  thirdParties: readonly URL[] = [],
): AnsweredBy | undefined {
  if (request.mode === 'navigate') return undefined
  if (thirdParties.some((root) => request.url.startsWith(root.href))) return 'stand-in'
  if (apiRoot && isApiUrl(request.url, apiRoot)) return 'stand-in'
  if (request.destination !== '' || request.mode === 'no-cors') return undefined
  return isPlaygroundOwn(request, base) ? undefined : 'network'
}

/**
 * Starts the service worker (script and scope: the base folder) with nothing mounted yet.
 * Without service workers msw falls back to mocking fetch inside the page.
 */
export async function startMockNetwork(base: URL): Promise<MockNetwork> {
  const log = createExchangeLog()
  let apiRoot: URL | undefined = base
  let mounted: Mount | undefined
  const listeners = new Set<(event: TrafficEvent) => void>()
  const emit = (event: TrafficEvent) => {
    for (const listener of listeners) listener(event)
  }
  const limit = createInFlightLimit()
  // Only the worker's own messages say what a request is for (msw's copy of it forgets) and
  // which requests got no answer; without a worker, msw sees fetch and XHR requests only.
  let onFailure: (requestId: string, message: string) => void = () => undefined
  let workerMessages: WorkerMessages | undefined
  if ('serviceWorker' in navigator) {
    // First, so that msw never hears of the requests answered there.
    shortenWorkerRoundTrips(navigator.serviceWorker, {
      base,
      mounted: () => mounted,
      limit,
      report: () => (listeners.size > 0 ? emit : undefined),
    })
    carryHeaderBytes(base.href)
    workerMessages = watchWorkerMessages(navigator.serviceWorker, (requestId, message) => {
      onFailure(requestId, message)
    })
  }
  stopIdleDefaultSource()
  const worker = setupWorker()
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: new URL(WORKER_SCRIPT, base).href, options: { scope: base.pathname } },
  })
  const watched = new Map<string, AnsweredBy>()

  worker.events.on('request:start', ({ request, requestId }) => {
    const { destination } = workerMessages?.claim(requestId, request.method, request.url) ?? { destination: '' }
    const source =
      listeners.size === 0
        ? undefined
        : trafficSource(
            { url: request.url, mode: request.mode, destination },
            base,
            apiRoot,
            mounted?.app.thirdParties?.map((party) => party.root),
          )
    if (!source) {
      workerMessages?.release(requestId)
      return
    }
    watched.set(requestId, source)
    const startedAt = performance.now()
    // Cloned now, before the stand-in reads the body; a GET has none to copy.
    const body = request.body === null ? Promise.resolve('') : request.clone().text()
    void body.then((body) => {
      emit({
        kind: 'request',
        id: requestId,
        method: request.method,
        url: request.url,
        headers: [...request.headers],
        body,
        startedAt,
      })
    })
  })
  const onResponse = ({ requestId, response }: { requestId: string; response: Response }) => {
    limit.leave(requestId)
    workerMessages?.release(requestId)
    // This response is the worker's copy, made for these events alone: read it as it is, and
    // close the stream of a body nobody will read.
    const answeredBy = watched.get(requestId)
    if (!answeredBy) {
      void response.body?.cancel()
      return
    }
    watched.delete(requestId)
    const finishedAt = performance.now()
    const record = answeredBy === 'stand-in' ? log.get(requestId) : undefined
    void response.text().then((body) => {
      emit({
        kind: 'response',
        id: requestId,
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body,
        finishedAt,
        answeredBy,
        route: answeredBy === 'stand-in' ? 'request-handlers' : undefined,
        record,
      })
    })
  }
  worker.events.on('response:mocked', onResponse)
  worker.events.on('response:bypass', onResponse)
  worker.events.on('unhandledException', ({ requestId, error }) => {
    limit.leave(requestId)
    workerMessages?.release(requestId)
    if (watched.delete(requestId)) emit({ kind: 'failure', id: requestId, message: error.message })
  })
  // A request to the network that gets no answer at all (server down, CORS refused) ends with no
  // msw event; the worker still tells the page.
  onFailure = (requestId, message) => {
    if (watched.delete(requestId)) emit({ kind: 'failure', id: requestId, message })
  }

  return {
    mount(mount) {
      mounted = mount
      apiRoot = mount.apiRoot
      worker.resetHandlers(createApiHandler(mount, log, limit))
    },
    unmount() {
      mounted = undefined
      apiRoot = undefined
      // An empty list would bring back the last mounted app: msw's "initial" handlers.
      worker.resetHandlers(http.all('*', () => undefined))
    },
    onTraffic(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/**
 * Importing msw/browser builds a default service worker source (msw 3.0.5) that nobody starts.
 * Its message listener waits for a worker that never comes, and each message from the worker
 * (two per request, with their ports and bodies) stays in memory behind that wait: about 3 KB a
 * request, and garbage collections that grow long enough to freeze frames. Tearing it down
 * removes the listener.
 */
function stopIdleDefaultSource(): void {
  for (const source of defaultNetworkOptions.sources) {
    if ('terminate' in source) void source.terminate()
  }
}

/** See header-bytes.ts: keeps non-ASCII header values faithful and keeps them from hanging. */
function carryHeaderBytes(scopeHref: string): void {
  // Registered before msw starts, so this listener runs first and msw reads the fixed headers.
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    rewriteRequestHeaders(event.data, starletteHeaderView)
  })
  const send = window.fetch.bind(window)
  window.fetch = (input, init) => {
    // Without non-ASCII headers of its own a request carries only ASCII: nothing to re-encode.
    if (!(input instanceof Request) && !needsCarrying(init?.headers)) return send(input, init)
    let request: Request
    try {
      request = new Request(input, init)
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new TypeError(String(error)))
    }
    const headers = request.url.startsWith(scopeHref) ? encodeForWorker(request.headers) : null
    return send(headers ? new Request(request, { headers }) : request)
  }
}
