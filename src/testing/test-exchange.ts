// For the inspector's unit tests: exchanges as the store would hold them, either sent through a
// real stand-in app (so the record is the app's own) or built by hand around a chosen record.
import type { ExchangeRecord } from '../server/exchange-record'
import type { FastApiApp } from '../server/fastapi-app'
import type { TrafficRequest, TrafficResponse } from '../server/traffic'
import type { Exchange, TrafficContext } from '../inspector/exchange'

export const TEST_ROOT = 'http://localhost:5173/learn/oauth2/'
export const TEST_CONTEXT: TrafficContext = {
  lessonId: 'first-steps',
  apiRoot: TEST_ROOT,
  docsPage: `${TEST_ROOT}docs`,
}

let nextId = 0

export interface SendInit {
  readonly headers?: Record<string, string>
  readonly body?: string
  readonly seq?: number
  readonly context?: TrafficContext
  readonly standInTime?: number
}

/** Sends one request to the app, without following redirects, and records it as the panel would. */
export async function send(app: FastApiApp, method: string, path: string, init: SendInit = {}): Promise<Exchange> {
  const context = init.context ?? TEST_CONTEXT
  const url = new URL(path.replace(/^\//, ''), context.apiRoot).href
  const request = new Request(url, { method, headers: init.headers, body: init.body ?? null })
  const requestBody = await request.clone().text()
  const { response, record } = await app.handle(request, new URL(context.apiRoot).pathname.replace(/\/$/, ''))
  return exchange({
    seq: init.seq,
    context,
    standInTime: init.standInTime,
    request: { method, url, headers: [...request.headers], body: requestBody },
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body: await response.text(),
      record,
    },
  })
}

export interface ExchangeParts {
  readonly seq?: number | undefined
  readonly context?: TrafficContext
  readonly request: Pick<TrafficRequest, 'method' | 'url'> & Partial<Pick<TrafficRequest, 'headers' | 'body'>>
  readonly response?: Pick<TrafficResponse, 'status'> &
    Partial<Pick<TrafficResponse, 'statusText' | 'headers' | 'body' | 'answeredBy' | 'route'>> & {
      readonly record?: ExchangeRecord
    }
  readonly failure?: string
  /** The stand-in's clock when the request was recorded (see Exchange). */
  readonly standInTime?: number
}

export function exchange(parts: ExchangeParts): Exchange {
  nextId += 1
  const id = `request-${nextId}`
  const seq = parts.seq ?? nextId
  const { response } = parts
  return {
    seq,
    id,
    context: parts.context ?? TEST_CONTEXT,
    request: { kind: 'request', id, headers: [], body: '', startedAt: 100, ...parts.request },
    response: response && {
      kind: 'response',
      id,
      statusText: '',
      headers: [],
      body: '',
      finishedAt: 112.5,
      answeredBy: 'stand-in',
      route: response.answeredBy === 'network' ? undefined : 'worker-reply',
      ...response,
      record: response.record,
    },
    failure: parts.failure,
    ...(parts.standInTime !== undefined && { standInTime: parts.standInTime }),
  }
}

export function recordOf(steps: ExchangeRecord['steps'], status: number, path = '/items/'): ExchangeRecord {
  return { method: 'GET', path, rootPath: '/learn/oauth2', status, steps }
}
