// Keeps the stand-in's record of each exchange beside the request, keyed by msw's requestId,
// for the inspector to read. Bounded, so a long session cannot grow it without limit.
import type { ExchangeRecord } from './exchange-record'

export interface ExchangeLog {
  add(requestId: string, record: ExchangeRecord): void
  get(requestId: string): ExchangeRecord | undefined
  subscribe(listener: (requestId: string, record: ExchangeRecord) => void): () => void
}

export function createExchangeLog(capacity = 1000): ExchangeLog {
  const records = new Map<string, ExchangeRecord>()
  const listeners = new Set<(requestId: string, record: ExchangeRecord) => void>()
  return {
    add(requestId, record) {
      records.set(requestId, record)
      if (records.size > capacity) {
        const oldest = records.keys().next()
        if (!oldest.done) records.delete(oldest.value)
      }
      for (const listener of listeners) listener(requestId, record)
    },
    get: (requestId) => records.get(requestId),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
