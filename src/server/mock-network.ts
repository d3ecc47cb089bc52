// The one module that knows msw: it mounts a FastAPI stand-in below the API root and starts
// the service worker that routes the page's requests to it.
import { http, type HttpHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { isAppFile } from './app-files'
import type { ExchangeLog } from './exchange-log'
import type { FastApiApp } from './fastapi-app'
import { encodeForWorker, starletteHeaderView } from './header-bytes'

export interface Mount {
  readonly app: FastApiApp
  /** Where the app is mounted, e.g. `http://host/learn/oauth2/` (always with a trailing slash). */
  readonly apiRoot: URL
}

/**
 * One catch-all handler that lets the stand-in make every routing decision (404, 405, 307) as
 * Starlette does, instead of msw's own path matching. Page loads and the playground's own
 * files pass through to the network.
 */
export function createApiHandler(mount: Mount, log: ExchangeLog): HttpHandler {
  const rootHref = mount.apiRoot.href
  const rootPath = mount.apiRoot.pathname.replace(/\/$/, '')
  return http.all('*', async ({ request, requestId }) => {
    if (request.mode === 'navigate' || !request.url.startsWith(rootHref)) return undefined
    const relativePath = request.url.slice(rootHref.length).replace(/[?#].*$/, '')
    if (isAppFile(relativePath)) return undefined
    const { response, record } = await mount.app.handle(request, rootPath)
    log.add(requestId, record)
    return response
  })
}

export interface MockNetwork {
  /** Replaces whatever app was mounted: the new lesson starts from a fresh state. */
  mount(mount: Mount): void
}

/**
 * Starts the service worker (script and scope: the base folder) with nothing mounted yet.
 * Without service workers msw falls back to mocking fetch inside the page.
 */
export async function startMockNetwork(base: URL, log: ExchangeLog): Promise<MockNetwork> {
  if ('serviceWorker' in navigator) carryHeaderBytes(base.href)
  const worker = setupWorker()
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: new URL('mockServiceWorker.js', base).href, options: { scope: base.pathname } },
  })
  return {
    mount(mount) {
      worker.resetHandlers(createApiHandler(mount, log))
    },
  }
}

interface WorkerRequestMessage {
  type: 'REQUEST'
  payload: { headers: Record<string, string> }
}

function isWorkerRequestMessage(data: unknown): data is WorkerRequestMessage {
  if (typeof data !== 'object' || data === null) return false
  const { type, payload } = data as { type?: unknown; payload?: { headers?: unknown } }
  return type === 'REQUEST' && typeof payload?.headers === 'object' && payload.headers !== null
}

/** See header-bytes.ts: keeps non-ASCII header values faithful and keeps them from hanging. */
function carryHeaderBytes(scopeHref: string): void {
  // Registered before msw starts, so this listener runs first and msw reads the fixed headers.
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isWorkerRequestMessage(event.data)) {
      event.data.payload.headers = starletteHeaderView(event.data.payload.headers)
    }
  })
  const send = window.fetch.bind(window)
  window.fetch = (input, init) => {
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
