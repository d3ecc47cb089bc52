// Which exchanges the list shows: a free-text filter that reads as a status ("401", "4xx", "40")
// or as part of the method and path, and the toggle for Swagger UI's openapi.json load.
import { factsOf } from './exchange-facts'
import type { Exchange } from './exchange'

export interface TrafficFilter {
  readonly text: string
  readonly showDocument: boolean
}

const STATUS = /^([1-5]\d{0,2})x*$/i

export function matchesFilter(exchange: Exchange, filter: TrafficFilter): boolean {
  const facts = factsOf(exchange)
  if (!filter.showDocument && facts.isDocument) return false
  const text = filter.text.trim().toLowerCase()
  if (text === '') return true
  const status = STATUS.exec(text)
  if (status?.[1] !== undefined && text.length <= 3) {
    return exchange.response !== undefined && String(exchange.response.status).startsWith(status[1])
  }
  return `${exchange.request.method} ${facts.path}`.toLowerCase().includes(text)
}

export function filterExchanges(exchanges: readonly Exchange[], filter: TrafficFilter): readonly Exchange[] {
  if (filter.showDocument && filter.text.trim() === '') return exchanges
  return exchanges.filter((exchange) => matchesFilter(exchange, filter))
}
