// What only the service worker's own messages tell: what each request is for (its destination:
// '' for fetch and XHR, 'script', 'image'… otherwise) and which requests got no answer at all (a
// server that is down, a CORS refusal). msw's events name requests by ids of their own, not the
// worker's, so the two are paired by method and URL, first come first served: requests in flight
// with the same method and URL are alike anyway.
import { BoundedMap } from '../bounded-map'
import { readWorkerMessage, type WorkerMessageSource } from './worker-protocol'

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
 * answer.
 */
export function watchWorkerMessages(
  source: WorkerMessageSource,
  onFailure: (requestId: string, message: string) => void,
): WorkerMessages {
  const announced = new Map<string, { workerId: string; destination: string }[]>()
  let announcedCount = 0
  const workerToRequest = new Map<string, string>()
  // The oldest pairs go once there are more than KEPT: a request msw never finishes must not stay.
  const requestToWorker = new BoundedMap<string, string>(KEPT, (_requestId, workerId) => {
    workerToRequest.delete(workerId)
  })

  source.addEventListener('message', (event) => {
    const message = readWorkerMessage(event.data)
    if (message?.type === 'REQUEST') {
      const { id, method, url, destination } = message.request
      const key = `${method} ${url}`
      const waiting = announced.get(key) ?? []
      waiting.push({ workerId: id, destination })
      announced.set(key, waiting)
      announcedCount += 1
      // Requests msw never starts (a page going away) must not pile up.
      if (announcedCount > KEPT) {
        announced.clear()
        announcedCount = 0
      }
    } else if (message?.type === 'REQUEST_ERROR') {
      const requestId = workerToRequest.get(message.requestId)
      if (requestId === undefined) return
      forget(requestId)
      onFailure(requestId, message.message)
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
