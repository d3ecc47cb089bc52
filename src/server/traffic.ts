// The contract between the mock network (msw/, the one place that knows msw) and everything that
// shows or replays traffic: what a mounted app is, and what each exchange looks like once read.
import type { ExchangeRecord } from './exchange-record'
import type { FastApiApp } from './fastapi-app'

export interface Mount {
  readonly app: FastApiApp
  /** Where the app is mounted, e.g. `http://host/learn/oauth2/` (always with a trailing slash). */
  readonly apiRoot: URL
}

/** FastAPI's root_path for an app mounted at `apiRoot`: its path without the trailing slash. */
export function rootPathOf(apiRoot: URL): string {
  return apiRoot.pathname.replace(/\/$/, '')
}

export interface TrafficRequest {
  readonly kind: 'request'
  readonly id: string
  readonly method: string
  readonly url: string
  readonly headers: readonly (readonly [string, string])[]
  readonly body: string
  /** performance.now() when the page's request reached the mock. */
  readonly startedAt: number
}

/** Whether the in-page stand-in answered, or the request went out to the network (a real server). */
export type AnsweredBy = 'stand-in' | 'network'

/**
 * How the stand-in's answer reached the page: as its own reply to the service worker's message
 * (msw/worker-shortcuts.ts), or through msw's request handlers inside the page (without a service
 * worker, or for a request the worker's message did not give the stand-in), or by the page itself
 * before the mock had started (msw/early-network.ts: the OpenAPI document of the first screen).
 */
export type StandInRoute = 'worker-reply' | 'request-handlers' | 'page-before-mock'

export interface TrafficResponse {
  readonly kind: 'response'
  readonly id: string
  readonly answeredBy: AnsweredBy
  /** Undefined when the network answered. */
  readonly route: StandInRoute | undefined
  readonly status: number
  readonly statusText: string
  readonly headers: readonly (readonly [string, string])[]
  readonly body: string
  readonly finishedAt: number
  /** The stand-in's account of why it answered so; undefined when the network answered. */
  readonly record: ExchangeRecord | undefined
}

export interface TrafficFailure {
  readonly kind: 'failure'
  readonly id: string
  readonly message: string
}

/**
 * What the traffic inspector sees, bodies already read: the stand-in's exchanges, and the page's
 * fetch and XHR requests that went to the network instead.
 */
export type TrafficEvent = TrafficRequest | TrafficResponse | TrafficFailure

/**
 * Whether a request the page sent below the API root reached the stand-in. `failed`: it got no
 * answer at all; otherwise the network answered it (DevTools' "Bypass for network", a worker gone).
 */
export type Reach =
  { readonly reached: true } | { readonly reached: false; readonly url: string; readonly failed: boolean }

export interface MockNetwork {
  /** Replaces whatever app was mounted: the new lesson starts from a fresh state. */
  mount(mount: Mount): void
  /** Takes the stand-in away: every request goes to the network (a real FastAPI server answers). */
  unmount(): void
  /** Listens to the API's traffic; returns the function that stops listening. */
  onTraffic(listener: (event: TrafficEvent) => void): () => void
  /** Hears, for each request the page's fetch sends to the mounted API, whether the stand-in answered it. */
  onReach(listener: (reach: Reach) => void): () => void
}
