// The two ways msw hears the page's requests. With a service worker (setupWorker): the worker hands
// each request of the page to it. Inside the page: msw's interceptors patch fetch and XHR, as msw's
// own fallback does where there are no service workers at all (FallbackHttpSource in msw/browser),
// built here from msw's public parts because that fallback is chosen only when
// `navigator.serviceWorker` is missing, not when the browser refuses the worker a registration.
import { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest'
import type { HttpHandler } from 'msw'
import { defaultNetworkOptions, setupWorker, type SetupWorker } from 'msw/browser'
import { defineNetwork, InterceptorSource } from 'msw/experimental'
import { WORKER_SCRIPT } from './app-files'
import { encodeForWorker, needsCarrying, starletteHeaderView } from './header-bytes'
import { rewriteRequestHeaders, type WorkerMessageSource } from './worker-protocol'

/** What the mock network uses of msw, whichever way it hears the requests. */
export interface MswNetwork {
  readonly events: SetupWorker['events']
  resetHandlers(...handlers: HttpHandler[]): void
  /** Stops msw and takes back what the start put into the page (listeners, the fetch wrapper). */
  stop(): void
}

/**
 * Starts msw's service worker (script and scope: the base folder). `installFirst` gets the worker's
 * message source before msw starts, so that its listeners run before msw's; whatever it adds there
 * goes again if the start fails or the network stops.
 */
export async function startWorkerNetwork(
  base: URL,
  installFirst: (source: WorkerMessageSource) => void,
): Promise<MswNetwork> {
  const installed = new AbortController()
  const source: WorkerMessageSource = {
    addEventListener(type, listener) {
      navigator.serviceWorker.addEventListener(type, listener, { signal: installed.signal })
    },
  }
  installFirst(source)
  const restoreFetch = carryHeaderBytes(base.href, source)
  const undo = () => {
    installed.abort()
    restoreFetch()
  }
  stopIdleDefaultSource()
  const worker = setupWorker()
  try {
    await worker.start({
      quiet: true,
      onUnhandledFrame: 'bypass',
      serviceWorker: { url: new URL(WORKER_SCRIPT, base).href, options: { scope: base.pathname } },
    })
  } catch (error) {
    undo()
    throw error
  }
  return {
    events: worker.events,
    resetHandlers: (...handlers) => {
      worker.resetHandlers(...handlers)
    },
    stop() {
      undo()
      // The worker then passes this page's requests through; nothing waits for its confirmation.
      Promise.resolve()
        .then(() => worker.stop())
        .catch(() => undefined)
    },
  }
}

/** Starts msw inside the page: its interceptors answer fetch and XHR before they leave it. */
export function startInPageNetwork(): MswNetwork {
  stopIdleDefaultSource()
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new XMLHttpRequestInterceptor(), new FetchInterceptor()] })],
    onUnhandledFrame: 'bypass',
    context: { quiet: true },
  })
  network.enable()
  return {
    events: network.events,
    resetHandlers: (...handlers) => {
      network.resetHandlers(...handlers)
    },
    stop() {
      network.disable()
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

/**
 * See header-bytes.ts: keeps non-ASCII header values faithful and keeps them from hanging.
 * Returns the function that puts the page's fetch back.
 */
function carryHeaderBytes(scopeHref: string, source: WorkerMessageSource): () => void {
  // Registered before msw starts, so this listener runs first and msw reads the fixed headers.
  source.addEventListener('message', (event) => {
    rewriteRequestHeaders(event.data, starletteHeaderView)
  })
  // As a property, not a method: the page's fetch is kept and put back as it is.
  const page: { fetch: typeof fetch } = window
  const original = page.fetch
  const send = original.bind(window)
  const carrying: typeof fetch = (input, init) => {
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
  page.fetch = carrying
  return () => {
    if (page.fetch === carrying) page.fetch = original
  }
}
