// The one module that starts msw's mock network: it mounts a FastAPI stand-in below the API root,
// and msw routes the page's requests to it, through the service worker or inside the page
// (network-sources.ts). With a service worker the stand-in answers the worker's messages itself
// (worker-shortcuts.ts); msw's handler below answers for it inside the page.
import { http, type HttpHandler } from 'msw'
import { createExchangeLog, type ExchangeLog } from './exchange-log'
import { rootPathOf, type AnsweredBy, type MockNetwork, type Mount, type Reach, type TrafficEvent } from '../traffic'
import { createInFlightLimit, type InFlightLimit } from './in-flight-limit'
import type { MockMode } from './mock-mode'
import { startInPageNetwork, startWorkerNetwork, type MswNetwork } from './network-sources'
import { createStandInAnswers, watchPageFetches } from './stand-in-reach'
import { watchWorkerMessages, type WorkerMessages } from './worker-messages'
import { isApiUrl, isStandInUrl, thirdPartyFor } from './stand-in-urls'
import { isPlaygroundOwn, shortenWorkerRoundTrips } from './worker-shortcuts'

/**
 * One catch-all handler that lets the stand-in make every routing decision (404, 405, 307) as
 * Starlette does, instead of msw's own path matching. Page loads and the playground's own
 * files pass through to the network.
 */
export function createApiHandler(
  mount: Mount,
  log: ExchangeLog,
  limit?: InFlightLimit,
  answered?: (url: string) => void,
  answeredWith?: (requestId: string, response: Response) => void,
): HttpHandler {
  const rootPath = rootPathOf(mount.apiRoot)
  return http.all('*', async ({ request, requestId }) => {
    const party = request.mode === 'navigate' ? undefined : thirdPartyFor(request.url, mount)
    if (!party && (request.mode === 'navigate' || !isApiUrl(request.url, mount.apiRoot))) return undefined
    answered?.(request.url)
    await limit?.enter(requestId)
    const { response, record } = await (party ? party.handle(request) : mount.app.handle(request, rootPath))
    log.add(requestId, record)
    answeredWith?.(requestId, response.clone())
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

/** The mock network as started: also stoppable, for when the other mode takes over. */
export interface StartedMockNetwork extends MockNetwork {
  stop(): void
}

/**
 * Starts msw in the given mode with nothing mounted yet: through the service worker (its script
 * and scope: the base folder), or inside the page.
 */
export async function startMockNetwork(base: URL, mode: MockMode): Promise<StartedMockNetwork> {
  const log = createExchangeLog()
  let apiRoot: URL | undefined = base
  let mounted: Mount | undefined
  const listeners = new Set<(event: TrafficEvent) => void>()
  const emit = (event: TrafficEvent) => {
    for (const listener of listeners) listener(event)
  }
  const reachListeners = new Set<(reach: Reach) => void>()
  const answers = createStandInAnswers()
  const limit = createInFlightLimit()
  // Only the worker's own messages say what a request is for (msw's copy of it forgets) and
  // which requests got no answer; without a worker, msw sees fetch and XHR requests only.
  let onFailure: (requestId: string, message: string) => void = () => undefined
  let workerMessages: WorkerMessages | undefined
  const msw: MswNetwork =
    mode === 'service-worker'
      ? await startWorkerNetwork(base, (source) => {
          // First, so that msw never hears of the requests answered there.
          shortenWorkerRoundTrips(source, {
            base,
            mounted: () => mounted,
            limit,
            report: () => (listeners.size > 0 ? emit : undefined),
            answered: answers.answered,
          })
          workerMessages = watchWorkerMessages(source, (requestId, message) => {
            onFailure(requestId, message)
          })
        })
      : startInPageNetwork()
  const watched = new Map<string, AnsweredBy>()

  msw.events.on('request:start', ({ request, requestId }) => {
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
  // Inside the page, msw's interceptor follows a redirect itself and never reports the redirect's
  // own answer (a 307 from a missing trailing slash): the stand-in's answer is reported as it is
  // given instead, and msw's later report of it, if any, finds nothing left to report.
  const inPageAnswer =
    mode === 'in-page'
      ? (requestId: string, response: Response) => {
          onResponse({ requestId, response })
        }
      : undefined
  msw.events.on('response:mocked', onResponse)
  msw.events.on('response:bypass', onResponse)
  msw.events.on('unhandledException', ({ requestId, error }) => {
    limit.leave(requestId)
    workerMessages?.release(requestId)
    if (watched.delete(requestId)) emit({ kind: 'failure', id: requestId, message: error.message })
  })
  // A request to the network that gets no answer at all (server down, CORS refused) ends with no
  // msw event; the worker still tells the page.
  onFailure = (requestId, message) => {
    if (watched.delete(requestId)) emit({ kind: 'failure', id: requestId, message })
  }

  const stopWatching = watchPageFetches(window, {
    watched: (url) => mounted !== undefined && isStandInUrl(url, mounted),
    answers,
    report: (reach) => {
      for (const listener of reachListeners) listener(reach)
    },
    baseUri: () => document.baseURI,
  })

  return {
    mount(mount) {
      mounted = mount
      apiRoot = mount.apiRoot
      msw.resetHandlers(createApiHandler(mount, log, limit, answers.answered, inPageAnswer))
    },
    unmount() {
      mounted = undefined
      apiRoot = undefined
      // An empty list would bring back the last mounted app: msw's "initial" handlers.
      msw.resetHandlers(http.all('*', () => undefined))
    },
    onTraffic(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    onReach(listener) {
      reachListeners.add(listener)
      return () => {
        reachListeners.delete(listener)
      }
    },
    stop() {
      stopWatching()
      msw.stop()
    },
  }
}
