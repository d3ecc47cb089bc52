// The page's mock network before msw has started. msw and its worker start once the first screen is
// up (app/boot-mock.ts); until then the page itself answers the one request that screen needs,
// Swagger UI's GET of the lesson's OpenAPI document, from the mounted stand-in (its own
// `app.handle`, so the same bytes as the mock's), and tells the traffic view of it as the mock
// would. Any other request for the stand-in waits for the mock, then goes out as usual. Once the
// mock has started, everything is the mock's: this only passes its traffic on to the same listeners.
import { fetchUrlOf } from './stand-in-reach'
import { isStandInUrl } from './stand-in-urls'
import { rootPathOf, type MockNetwork, type Mount, type Reach, type TrafficEvent } from '../traffic'

export interface EarlyNetwork extends MockNetwork {
  /** The mock has started: it answers from now on, the waiting requests first. */
  handOver(network: MockNetwork): void
  /** The mock could not start: the waiting requests go to the network, which is all there is. */
  giveUp(): void
}

/** FastAPI's `openapi_url` below the mount: the request Swagger UI's first screen waits on. */
export function documentUrlOf(apiRoot: URL): string {
  return new URL('openapi.json', apiRoot).href
}

function methodOf(input: RequestInfo | URL, init: RequestInit | undefined): string {
  return (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
}

/**
 * Wraps `page.fetch` (the window's) at once; the wrapper stays, and passes everything through once
 * the mock is there. `baseUri`: what relative URLs resolve against, the document's base URI.
 */
export function createEarlyNetwork(page: { fetch: typeof fetch }, baseUri: () => string): EarlyNetwork {
  // Null once unmounted (a real server answers), which the mock must hear of when it starts.
  let mounted: Mount | null | undefined
  let network: MockNetwork | undefined
  let settled = false
  let settle: () => void = () => undefined
  const started = new Promise<void>((resolve) => {
    settle = resolve
  })
  const trafficListeners = new Set<(event: TrafficEvent) => void>()
  const reachListeners = new Set<(reach: Reach) => void>()
  const emit = (event: TrafficEvent) => {
    for (const listener of trafficListeners) listener(event)
  }
  let answeredCount = 0

  async function answerDocument(mount: Mount, request: Request): Promise<Response> {
    answeredCount += 1
    const id = `before-mock-${answeredCount}`
    emit({
      kind: 'request',
      id,
      method: request.method,
      url: request.url,
      headers: [...request.headers],
      body: '',
      startedAt: performance.now(),
    })
    const { response, record } = await mount.app.handle(request, rootPathOf(mount.apiRoot))
    const refused = response.type === 'error'
    // As any answer of fetch (the worker's included), it names the URL it answers; a Response made
    // in the page has none.
    if (!refused) Object.defineProperty(response, 'url', { value: request.url })
    const body = refused ? '' : await response.clone().text()
    emit({
      kind: 'response',
      id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
      finishedAt: performance.now(),
      answeredBy: 'stand-in',
      route: 'page-before-mock',
      record,
    })
    // An app that never started answers nothing: fetch fails as it does through the worker, for a
    // refused connection (Chromium's words).
    if (refused) throw new TypeError('Failed to fetch')
    return response
  }

  const inner = page.fetch
  const early: typeof fetch = (input, init) => {
    const url = settled || !mounted ? undefined : fetchUrlOf(input, baseUri())
    if (!mounted || url === undefined || !isStandInUrl(url, mounted)) return inner.call(page, input, init)
    const method = methodOf(input, init)
    if (method === 'GET' && url.replace(/[?#].*$/, '') === documentUrlOf(mounted.apiRoot)) {
      return answerDocument(mounted, new Request(input, init))
    }
    // Through the page's fetch as it is by then: the mock's own wrappers (in the page) come first.
    return started.then(() => page.fetch(input, init))
  }
  page.fetch = early

  return {
    mount(mount) {
      mounted = mount
      network?.mount(mount)
    },
    unmount() {
      mounted = null
      network?.unmount()
    },
    onTraffic(listener) {
      trafficListeners.add(listener)
      return () => {
        trafficListeners.delete(listener)
      }
    },
    onReach(listener) {
      reachListeners.add(listener)
      return () => {
        reachListeners.delete(listener)
      }
    },
    handOver(started) {
      if (settled) return
      network = started
      if (mounted) started.mount(mounted)
      else if (mounted === null) started.unmount()
      started.onTraffic(emit)
      started.onReach((reach) => {
        for (const listener of reachListeners) listener(reach)
      })
      settled = true
      settle()
    },
    giveUp() {
      settled = true
      settle()
    },
  }
}
