// Keeps the stand-in's record of each exchange beside the request, keyed by msw's requestId,
// for the traffic events to carry to the inspector. Bounded, so a long session cannot grow it without limit.
import { BoundedMap } from '../bounded-map'
import type { ExchangeRecord } from '../exchange-record'

export interface ExchangeLog {
  add(requestId: string, record: ExchangeRecord): void
  get(requestId: string): ExchangeRecord | undefined
}

export function createExchangeLog(capacity = 1000): ExchangeLog {
  const records = new BoundedMap<string, ExchangeRecord>(capacity)
  return {
    add(requestId, record) {
      records.set(requestId, record)
    },
    get: (requestId) => records.get(requestId),
  }
}
