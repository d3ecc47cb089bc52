// What a one-line view of an exchange shows: the list's rows and the phone's newest-exchange
// line read the same status, tone, path and deciding sentence from here.
import { factsOf } from './exchange-facts'
import { explainExchange } from './explain-exchange'
import { statusLabel } from './formatters'
import type { Exchange } from './exchange'

export type ExchangeTone = 'pending' | 'ok' | 'redirect' | 'error'

/** "401 Unauthorized", "failed" for a request that got no answer at all, "…" while it waits. */
export function summaryStatus(exchange: Exchange): string {
  const { response } = exchange
  if (exchange.failure !== undefined) return 'failed'
  return response ? statusLabel(response.status, response.statusText) : '…'
}

export function summaryTone(exchange: Exchange): ExchangeTone {
  const { response } = exchange
  if (!response) return 'pending'
  if (response.status >= 400) return 'error'
  return response.status >= 300 ? 'redirect' : 'ok'
}

/** The path below the app's mount; a request the page sent somewhere else shows where, in full. */
export function summaryPath(exchange: Exchange): string {
  return outsideTheApp(exchange) ? exchange.request.url : factsOf(exchange).path
}

function outsideTheApp(exchange: Exchange): boolean {
  const { apiRoot } = exchange.context
  return apiRoot !== '' && !exchange.request.url.startsWith(apiRoot)
}

const whyCache = new WeakMap<Exchange, string>()

/** The deciding sentence of the exchange's explanation; exchanges are immutable, so once each. */
export function summaryWhy(exchange: Exchange): string {
  let why = whyCache.get(exchange)
  if (why === undefined) {
    why = explainExchange(exchange).summary
    whyCache.set(exchange, why)
  }
  return why
}
