// What only the service worker's own messages tell: what each request is for (its destination:
// '' for fetch and XHR, 'script', 'image'… otherwise) and which requests got no answer at all (a
// server that is down, a CORS refusal). msw's events name requests by ids of their own, not the
// worker's, so the two are paired by method and URL, first come first served: requests in flight
// with the same method and URL are alike anyway.
import { BoundedMap } from '../bounded-map'

export interface WorkerRequestInfo {
  readonly destination: string
}

export interface WorkerMessages {
  /** At msw's request:start: what the worker said of this request, and links the two ids. */
  claim(requestId: string, method: string, url: string): WorkerRequestInfo
  /** Once the request is answered: nothing more to pair. */
  release(requestId: string): void
}

/** Room for requests the worker announced and msw has not started yet, or that are in flight. */
const KEPT = 200

/**
 * Reads the worker's messages; `onFailure` gets msw's id of a request that failed without an
 * answer. `source` is `navigator.serviceWorker` in the page.
 */
export function watchWorkerMessages(
  source: Pick<ServiceWorkerContainer, 'addEventListener'>,
  onFailure: (requestId: string, message: string) => void,
): WorkerMessages {
  const announced = new Map<string, { workerId: string; destination: string }[]>()
  let announcedCount = 0
  const workerToRequest = new Map<string, string>()
  // The oldest pairs go once there are more than KEPT: a request msw never finishes must not stay.
  const requestToWorker = new BoundedMap<string, string>(KEPT, (_requestId, workerId) => {
    workerToRequest.delete(workerId)
  })

  source.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data
    if (typeof data !== 'object' || data === null) return
    const { type, payload } = data as { type?: unknown; payload?: Record<string, unknown> }
    if (type === 'REQUEST' && typeof payload?.id === 'string') {
      const key = `${String(payload.method)} ${String(payload.url)}`
      const waiting = announced.get(key) ?? []
      waiting.push({
        workerId: payload.id,
        destination: typeof payload.destination === 'string' ? payload.destination : '',
      })
      announced.set(key, waiting)
      announcedCount += 1
      // Requests msw never starts (a page going away) must not pile up.
      if (announcedCount > KEPT) {
        announced.clear()
        announcedCount = 0
      }
    } else if (type === 'REQUEST_ERROR' && typeof payload === 'object') {
      const request = payload.request as { id?: unknown } | undefined
      const error = payload.error as { message?: unknown } | undefined
      const requestId = typeof request?.id === 'string' ? workerToRequest.get(request.id) : undefined
      if (requestId === undefined) return
      forget(requestId)
      onFailure(requestId, typeof error?.message === 'string' ? error.message : 'the network request failed')
    }
  })

  function forget(requestId: string): void {
    const workerId = requestToWorker.get(requestId)
    requestToWorker.delete(requestId)
    if (workerId !== undefined) workerToRequest.delete(workerId)
  }

  return {
    claim(requestId, method, url) {
      const key = `${method} ${url}`
      const waiting = announced.get(key)
      const first = waiting?.shift()
      if (waiting?.length === 0) announced.delete(key)
      if (!first) return { destination: '' }
      announcedCount -= 1
      workerToRequest.set(first.workerId, requestId)
      requestToWorker.set(requestId, first.workerId)
      return { destination: first.destination }
    },
    release: forget,
  }
}
