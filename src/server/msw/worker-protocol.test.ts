import { describe, expect, it } from 'vitest'
import {
  readWorkerMessage,
  replyWithAnswer,
  replyWithNetworkError,
  replyWithPassthrough,
  rewriteRequestHeaders,
} from './worker-protocol'

// The worker's own words are pinned by worker-protocol-contract.test.ts, which runs it; these are
// the messages it never sends, and what the page does with them.
const request = {
  id: 'w1',
  url: 'http://127.0.0.1/learn/oauth2/items/',
  mode: 'cors',
  method: 'GET',
  headers: { accept: '*/*' },
  body: new ArrayBuffer(0),
  credentials: 'same-origin',
  destination: '',
}

describe('readWorkerMessage', () => {
  it('reads a REQUEST message into the request the stand-in answers', () => {
    expect(readWorkerMessage({ type: 'REQUEST', payload: request })).toEqual({ type: 'REQUEST', request })
  })

  it('passes over what is not a message it knows: msw’s handshakes, strings, malformed requests', () => {
    for (const data of [
      'KEEPALIVE_RESPONSE',
      null,
      { type: 'KEEPALIVE_RESPONSE' },
      { type: 'MOCKING_ENABLED', payload: { client: { id: 'c1', frameType: 'top-level' } } },
      { type: 'REQUEST', payload: { ...request, id: 1 } },
      { type: 'REQUEST', payload: { ...request, headers: { accept: ['*/*'] } } },
      { type: 'RESPONSE', payload: { requestId: 'w1', response: { body: null } } },
      { type: 'REQUEST_ERROR', payload: { error: { message: 'Failed to fetch' } } },
    ]) {
      expect(readWorkerMessage(data), JSON.stringify(data)).toBeUndefined()
    }
  })

  it('gives a request without destination or body those of a fetch without one', () => {
    const older: Record<string, unknown> = { ...request }
    delete older.destination
    delete older.body
    expect(readWorkerMessage({ type: 'REQUEST', payload: older })).toMatchObject({
      request: { destination: '', body: null },
    })
  })

  it('names a failure without a message as a failed network request', () => {
    expect(readWorkerMessage({ type: 'REQUEST_ERROR', payload: { request: { id: 'w1' }, error: {} } })).toEqual({
      type: 'REQUEST_ERROR',
      requestId: 'w1',
      message: 'the network request failed',
    })
  })
})

describe('rewriteRequestHeaders', () => {
  it('replaces the headers of a REQUEST message in place, where msw reads them next', () => {
    const message = { type: 'REQUEST', payload: { ...request } }
    rewriteRequestHeaders(message, (headers) => ({ ...headers, 'x-added': '1' }))
    expect(message.payload.headers).toEqual({ accept: '*/*', 'x-added': '1' })
  })

  it('leaves other messages alone', () => {
    const message = { type: 'RESPONSE', payload: { request: { id: 'w1', headers: {} }, response: { body: null } } }
    rewriteRequestHeaders(message, () => ({ 'x-added': '1' }))
    expect(message.payload.request.headers).toEqual({})
  })
})

describe('the replies', () => {
  function port() {
    const posted: unknown[][] = []
    return { posted, postMessage: (...args: unknown[]) => posted.push(args) }
  }

  it('move an answer’s bytes to the worker, and send none for a body-less answer', () => {
    const withBody = port()
    const body = new ArrayBuffer(2)
    replyWithAnswer(withBody, { status: 200, statusText: 'OK', headers: [['a', 'b']], body })
    expect(withBody.posted).toEqual([
      [{ type: 'MOCK_RESPONSE', data: { status: 200, statusText: 'OK', headers: [['a', 'b']], body } }, [body]],
    ])
    const empty = port()
    replyWithAnswer(empty, { status: 204, statusText: 'No Content', headers: [], body: null })
    expect(empty.posted[0]?.[1]).toEqual([])
  })

  it('fail the request as the network would, or pass it through untouched', () => {
    const failing = port()
    replyWithNetworkError(failing)
    expect(failing.posted).toEqual([[{ type: 'MOCK_RESPONSE', data: { status: 0, statusText: '', headers: [] } }]])
    const passing = port()
    replyWithPassthrough(passing)
    expect(passing.posted).toEqual([[{ type: 'PASSTHROUGH' }]])
  })
})
