// A stand-in ServiceWorkerGlobalScope (node:vm) that runs msw's worker script as the browser would,
// with one page as its client: what worker-protocol-contract.test.ts holds the worker to.
import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import type { WorkerMessageEvent } from '../worker-protocol'

/** The one client, a visible top-level page. */
export const CLIENT_ID = 'page-1'

/** A MessageChannel whose ports deliver on a microtask, as structured objects. */
class FakeChannel {
  readonly port1: FakePort
  readonly port2: FakePort
  constructor() {
    this.port1 = new FakePort()
    this.port2 = new FakePort()
    this.port1.peer = this.port2
    this.port2.peer = this.port1
  }
}

class FakePort {
  peer: FakePort | undefined
  onmessage: ((event: { data: unknown }) => void) | null = null
  postMessage(data: unknown): void {
    queueMicrotask(() => this.peer?.onmessage?.({ data }))
  }
}

type Listener = (event: Record<string, unknown>) => void

/** The browser's CacheStorage, in memory: named caches of responses by URL. */
function memoryCaches() {
  const named = new Map<string, Map<string, Response>>()
  const urlOf = (request: Request | string) => (typeof request === 'string' ? request : request.url)
  const withoutSearch = (url: string) => url.replace(/[?#].*$/, '')
  const open = (name: string) => {
    const entries = named.get(name) ?? new Map<string, Response>()
    named.set(name, entries)
    return Promise.resolve({
      match: (request: Request | string, options: { ignoreSearch?: boolean } = {}) => {
        const wanted = options.ignoreSearch ? withoutSearch(urlOf(request)) : urlOf(request)
        const found = [...entries].find(([url]) => (options.ignoreSearch ? withoutSearch(url) : url) === wanted)
        return Promise.resolve(found?.[1].clone())
      },
      put: (request: Request | string, response: Response) => {
        entries.set(urlOf(request), response.clone())
        return Promise.resolve()
      },
      keys: () => Promise.resolve([...entries.keys()].map((url) => new Request(url))),
    })
  }
  return {
    open,
    keys: () => Promise.resolve([...named.keys()]),
    delete: (name: string) => Promise.resolve(named.delete(name)),
  }
}

/** The worker script running in a stand-in ServiceWorkerGlobalScope, with this page as its one client. */
export function startWorker(entry: URL, scopeUrl: string) {
  const listeners = new Map<string, Listener[]>()
  let requests = 0
  const posted: unknown[] = []
  const printed: unknown[][] = []
  const pageListeners: ((event: WorkerMessageEvent) => void)[] = []
  let network: (request: Request, init?: RequestInit) => Promise<Response> = () =>
    Promise.reject(new TypeError('no network in this test'))
  const client = {
    id: CLIENT_ID,
    frameType: 'top-level',
    visibilityState: 'visible',
    postMessage(message: unknown, transfer: unknown[] = []) {
      posted.push(message)
      let stopped = false
      const event: WorkerMessageEvent = {
        data: message,
        ports: transfer.filter((item): item is FakePort => item instanceof FakePort),
        stopImmediatePropagation: () => {
          stopped = true
        },
      }
      pageListeners.some((listener) => {
        listener(event)
        return stopped
      })
    },
  }
  const scope: Record<string, unknown> = {
    registration: { scope: scopeUrl, unregister: () => Promise.resolve(true) },
    clients: {
      get: (id: string) => Promise.resolve(id === CLIENT_ID ? client : undefined),
      matchAll: () => Promise.resolve([client]),
      claim: () => Promise.resolve(),
    },
    caches: memoryCaches(),
    skipWaiting: () => Promise.resolve(),
    addEventListener: (type: string, listener: Listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    importScripts: (...paths: string[]) => {
      for (const path of paths) run(new URL(path, entry))
    },
    fetch: (request: Request, init?: RequestInit) => network(request, init),
    crypto: { randomUUID: () => `worker-${String((requests += 1))}` },
    console: {
      ...console,
      error: (...args: unknown[]) => printed.push(args),
      warn: (...args: unknown[]) => printed.push(args),
    },
    ...{ Request, Response, Headers, ReadableStream, URL, MessageChannel: FakeChannel },
  }
  scope.self = scope
  const context = createContext(scope)
  const run = (file: URL): void => {
    runInContext(readFileSync(file, 'utf8'), context, { filename: file.pathname })
  }
  run(entry)

  /** Dispatches an event to the worker's listeners, as the browser would; stops where one says so. */
  function dispatch(type: string, event: Record<string, unknown>): void {
    let stopped = false
    event.stopImmediatePropagation = () => {
      stopped = true
    }
    const ordered = listeners.get(type) ?? []
    ordered.some((listener) => {
      listener(event)
      return stopped
    })
  }

  return {
    posted,
    printed,
    onPage: (listener: (event: WorkerMessageEvent) => void) => pageListeners.push(listener),
    useNetwork: (next: typeof network) => {
      network = next
    },
    /** An error of the worker's own realm, as its fetch would throw (`instanceof Error` there). */
    networkError: (message: string) => runInContext(`new TypeError(${JSON.stringify(message)})`, context) as Error,
    /** A message from the page; resolves once the worker has handled it. */
    async message(data: unknown): Promise<void> {
      const pending: Promise<unknown>[] = []
      dispatch('message', {
        data,
        source: { id: CLIENT_ID },
        waitUntil: (promise: Promise<unknown>) => pending.push(promise),
      })
      await Promise.all(pending)
    },
    /**
     * A request of the page; resolves with the worker's answer, or undefined where it left it to the
     * browser. A page load is a plain object (`mode: 'navigate'`), which a Request cannot be made with.
     */
    fetch(
      request: Request | { readonly url: string; readonly method: string; readonly mode: 'navigate' },
    ): Promise<Response> | undefined {
      let answer: Promise<Response> | undefined
      dispatch('fetch', {
        request,
        clientId: CLIENT_ID,
        respondWith: (promise: Promise<Response>) => (answer = promise),
      })
      return answer
    },
  }
}

export type SandboxedWorker = ReturnType<typeof startWorker>

export function messagesOfType(worker: SandboxedWorker, type: string): Record<string, unknown>[] {
  return worker.posted.filter(
    (message): message is Record<string, unknown> =>
      typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type,
  )
}

export function payloadOf(message: Record<string, unknown> | undefined): Record<string, unknown> {
  const payload = message?.payload
  if (typeof payload !== 'object' || payload === null) throw new Error(`no payload in ${JSON.stringify(message)}`)
  return payload as Record<string, unknown>
}

export const keysOf = (value: unknown) => Object.keys(value as object).sort()

/** Lets the worker and the page exchange their messages (each hop is a microtask or two). */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10))
}

/**
 * The worker's answer to the page's request. A worker that got no reply it understood waits
 * forever: that fails here at once, by name, rather than as a test timeout.
 */
export async function answerOf(answer: Promise<Response> | undefined): Promise<Response> {
  if (!answer) throw new Error('the worker left the request to the browser')
  let timer: ReturnType<typeof setTimeout> | undefined
  const silence = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('the worker is still waiting for a reply it understands'))
    }, 1000)
  })
  try {
    return await Promise.race([answer, silence])
  } finally {
    clearTimeout(timer)
  }
}
