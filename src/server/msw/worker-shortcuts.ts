// Two shortcuts in the page's side of msw's worker protocol (mockServiceWorker.js, msw 3.0.5),
// which hands every request of the page to the page's main thread and waits for its answer:
// - The playground's own files and page loads are never the stand-in's, whatever is mounted, so
//   the page tells the worker "passthrough" at once, where msw would first build a Request, run
//   its handlers and events, and later read back the worker's copy of the file.
// - A mocked answer goes to the worker as bytes, not as a transferred stream: the stand-in's
//   bodies are small and whole, and a transferred stream costs several messages between threads.
import { isAppFile } from './app-files'

interface RequestMessage {
  readonly type: 'REQUEST'
  readonly payload: { readonly id: string; readonly url: string; readonly mode: string }
}

interface ResponseMessage {
  readonly type: 'RESPONSE'
  readonly payload: { readonly request: { readonly id: string }; readonly response: { readonly body: unknown } }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isRequestMessage(data: unknown): data is RequestMessage {
  if (!isObject(data) || data.type !== 'REQUEST' || !isObject(data.payload)) return false
  const { id, url, mode } = data.payload
  return typeof id === 'string' && typeof url === 'string' && typeof mode === 'string'
}

function isResponseMessage(data: unknown): data is ResponseMessage {
  if (!isObject(data) || data.type !== 'RESPONSE' || !isObject(data.payload)) return false
  const { request, response } = data.payload
  return isObject(request) && typeof request.id === 'string' && isObject(response)
}

/** Whether the request is one of the page's own files or a page load: never the stand-in's. */
export function isPlaygroundOwn(request: { readonly url: string; readonly mode: string }, base: URL): boolean {
  if (request.mode === 'navigate') return true
  if (!request.url.startsWith(base.href)) return false
  return isAppFile(request.url.slice(base.href.length).replace(/[?#].*$/, ''))
}

/**
 * Installs both shortcuts. Call before msw starts: this listener must run before msw's, which then
 * never hears of the requests answered here.
 */
export function shortenWorkerRoundTrips(base: URL): void {
  const passedThrough = new Set<string>()
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data
    const port = event.ports[0]
    if (
      isRequestMessage(data) &&
      port &&
      isPlaygroundOwn(data.payload, base) &&
      !(window as unknown as { noShort?: boolean }).noShort
    ) {
      event.stopImmediatePropagation()
      passedThrough.add(data.payload.id)
      // No headers: the worker sends the request as the browser made it.
      port.postMessage({ type: 'PASSTHROUGH' })
    } else if (isResponseMessage(data) && passedThrough.delete(data.payload.request.id)) {
      // The worker's copy of a file nobody here reads: close its stream, and keep it from msw.
      event.stopImmediatePropagation()
      const { body } = data.payload.response
      if (body instanceof ReadableStream) void body.cancel()
    }
  })
}
