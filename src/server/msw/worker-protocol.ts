// msw's worker protocol, read and written here only: the messages mockServiceWorker.js posts to the
// page, and the replies it waits for. msw keeps this protocol private and has changed it in minor
// releases before (msw#2510 moved RESPONSE's requestId to request.id), so
// worker-protocol-contract.test.ts runs the installed worker and holds it to every type and field
// this module reads or writes.

/** The msw release whose worker this module follows: the worker's PACKAGE_VERSION. */
export const MSW_WORKER_VERSION = '3.0.5'

/** A request as the worker describes it (serializeRequest in mockServiceWorker.js), with its id. */
export interface WorkerRequest {
  readonly id: string
  readonly url: string
  readonly mode: string
  readonly method: string
  /** Object.fromEntries of the request's Headers: names in lower case, repeated values joined. */
  readonly headers: Readonly<Record<string, string>>
  /** The body's bytes; the worker sends an empty buffer for a request without one. */
  readonly body: ArrayBuffer | null
  readonly credentials?: RequestCredentials
  /** '' for fetch and XHR, 'script', 'image'… for what the browser loads by itself. */
  readonly destination: string
}

/** What the page reads of the worker's messages. */
export type WorkerMessage =
  /** A request of this page, with a port on which the worker waits for the reply. */
  | { readonly type: 'REQUEST'; readonly request: WorkerRequest }
  /** The worker's copy of an answer it gave, for msw's events; `body` is a stream or null. */
  | { readonly type: 'RESPONSE'; readonly requestId: string; readonly body: unknown }
  /** A request that got no answer at all (a server that is down, a CORS refusal). */
  | { readonly type: 'REQUEST_ERROR'; readonly requestId: string; readonly message: string }

/** The part of a MessageEvent the page reads: a structural type, so tests can hand in plain objects. */
export interface WorkerMessageEvent {
  readonly data: unknown
  readonly ports: readonly WorkerReplyPort[]
  stopImmediatePropagation(): void
}

export type WorkerReplyPort = Pick<MessagePort, 'postMessage'>

/** `navigator.serviceWorker` in the page. */
export interface WorkerMessageSource {
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void
}

/** An answer for the worker to give the page's request (respondWithMock in mockServiceWorker.js). */
export interface WorkerAnswer {
  readonly status: number
  readonly statusText: string
  readonly headers: readonly (readonly [string, string])[]
  /** Moved to the worker, not copied: unusable here afterwards. */
  readonly body: ArrayBuffer | null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function readRequest(payload: Record<string, unknown>): WorkerRequest | undefined {
  const { id, url, mode, method, headers, body, credentials, destination } = payload
  if (typeof id !== 'string' || typeof url !== 'string' || typeof mode !== 'string' || typeof method !== 'string')
    return undefined
  if (!isObject(headers) || !Object.values(headers).every((value) => typeof value === 'string')) return undefined
  return {
    id,
    url,
    mode,
    method,
    headers: headers as Record<string, string>,
    body: body instanceof ArrayBuffer ? body : null,
    ...(typeof credentials === 'string' && { credentials: credentials as RequestCredentials }),
    destination: typeof destination === 'string' ? destination : '',
  }
}

/** The worker's message as the page reads it; undefined for anything else (msw's own handshakes). */
export function readWorkerMessage(data: unknown): WorkerMessage | undefined {
  if (!isObject(data) || !isObject(data.payload)) return undefined
  const { type, payload } = data
  if (type === 'REQUEST') {
    const request = readRequest(payload)
    return request && { type, request }
  }
  const requestId = isObject(payload.request) && typeof payload.request.id === 'string' ? payload.request.id : undefined
  if (requestId === undefined) return undefined
  if (type === 'RESPONSE' && isObject(payload.response)) {
    return { type, requestId, body: payload.response.body }
  }
  if (type === 'REQUEST_ERROR') {
    const message = isObject(payload.error) ? payload.error.message : undefined
    return { type, requestId, message: typeof message === 'string' ? message : 'the network request failed' }
  }
  return undefined
}

/**
 * Rewrites the headers of a REQUEST message in place, before msw's own listener reads the message
 * (a listener registered before msw's runs first). Other messages are left alone.
 */
export function rewriteRequestHeaders(
  data: unknown,
  rewrite: (headers: Readonly<Record<string, string>>) => Record<string, string>,
): void {
  const message = readWorkerMessage(data)
  if (message?.type === 'REQUEST' && isObject(data) && isObject(data.payload)) {
    data.payload.headers = rewrite(message.request.headers)
  }
}

/** The port the worker waits on for the reply to a REQUEST message. */
export function replyPortOf(event: WorkerMessageEvent): WorkerReplyPort | undefined {
  return event.ports[0]
}

/** Answers the request with these status, headers and bytes; the bytes move to the worker. */
export function replyWithAnswer(port: WorkerReplyPort, answer: WorkerAnswer): void {
  const { status, statusText, headers, body } = answer
  port.postMessage({ type: 'MOCK_RESPONSE', data: { status, statusText, headers, body } }, body ? [body] : [])
}

/** Makes the page's request fail as a network error does (the worker answers Response.error()). */
export function replyWithNetworkError(port: WorkerReplyPort): void {
  port.postMessage({ type: 'MOCK_RESPONSE', data: { status: 0, statusText: '', headers: [] } })
}

/** Lets the request go to the network as the browser made it (no headers: the worker keeps its own). */
export function replyWithPassthrough(port: WorkerReplyPort): void {
  port.postMessage({ type: 'PASSTHROUGH' })
}
