import { describe, expect, it } from 'vitest'
import { watchWorkerMessages } from './worker-messages'
import type { WorkerMessageEvent, WorkerMessageSource } from './worker-protocol'

function fakeWorker() {
  const listeners: ((event: WorkerMessageEvent) => void)[] = []
  const target: WorkerMessageSource = {
    addEventListener(_type, listener) {
      listeners.push(listener)
    },
  }
  const post = (data: unknown) => {
    for (const listener of listeners) listener({ data, ports: [], stopImmediatePropagation: () => undefined })
  }
  // As mockServiceWorker.js words a request (worker-protocol-contract.test.ts holds it to that).
  const announce = (id: string, method: string, url: string, destination = '') => {
    post({ type: 'REQUEST', payload: { id, url, mode: 'cors', method, headers: {}, destination, body: null } })
  }
  return { target, post, announce }
}

describe('the service worker’s messages', () => {
  it('tell what each request is for, paired with msw’s ids by method and URL in order', () => {
    const worker = fakeWorker()
    const messages = watchWorkerMessages(worker.target, () => undefined)
    worker.announce('w1', 'GET', 'http://x.test/app.js', 'script')
    worker.announce('w2', 'GET', 'http://x.test/users/me')
    worker.announce('w3', 'GET', 'http://x.test/app.js', 'script')
    expect(messages.claim('m2', 'GET', 'http://x.test/users/me')).toEqual({ destination: '' })
    expect(messages.claim('m1', 'GET', 'http://x.test/app.js')).toEqual({ destination: 'script' })
    expect(messages.claim('m3', 'GET', 'http://x.test/app.js')).toEqual({ destination: 'script' })
    expect(messages.claim('m4', 'GET', 'http://x.test/never-announced')).toEqual({ destination: '' })
  })

  it('report a request that failed without an answer under msw’s id, once', () => {
    const worker = fakeWorker()
    const failed: string[] = []
    const messages = watchWorkerMessages(worker.target, (requestId, message) => failed.push(`${requestId} ${message}`))
    worker.announce('w1', 'GET', 'http://127.0.0.1:8000/openapi.json')
    messages.claim('m1', 'GET', 'http://127.0.0.1:8000/openapi.json')
    const error = { type: 'REQUEST_ERROR', payload: { request: { id: 'w1' }, error: { message: 'Failed to fetch' } } }
    worker.post(error)
    worker.post(error)
    expect(failed).toEqual(['m1 Failed to fetch'])
  })

  it('forget a request once it is answered', () => {
    const worker = fakeWorker()
    const failed: string[] = []
    const messages = watchWorkerMessages(worker.target, (requestId) => failed.push(requestId))
    worker.announce('w1', 'GET', 'http://127.0.0.1:8000/')
    messages.claim('m1', 'GET', 'http://127.0.0.1:8000/')
    messages.release('m1')
    worker.post({ type: 'REQUEST_ERROR', payload: { request: { id: 'w1' }, error: {} } })
    expect(failed).toEqual([])
  })
})
