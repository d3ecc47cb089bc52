// What the polite live region says: one sentence for every batch of exchanges that completed
// since the last one, so a burst of requests is one announcement, not a hundred.
import { factsOf } from './exchange-facts'
import { statusLabel } from './formatters'
import type { Exchange } from './exchange'

export interface Announcement {
  readonly text: string
  /** The exchanges this sentence covers, to be remembered as announced. */
  readonly ids: readonly string[]
}

export function isComplete(exchange: Exchange): boolean {
  return exchange.response !== undefined || exchange.failure !== undefined
}

export function outcomeOf(exchange: Exchange): string {
  if (exchange.failure !== undefined) return 'failed'
  if (!exchange.response) return 'is pending'
  const { status, statusText } = exchange.response
  return status === 0 ? 'got no answer' : `answered ${statusLabel(status, statusText)}`
}

/** Undefined when nothing new completed since the exchanges in `announced`. */
export function nextAnnouncement(
  exchanges: readonly Exchange[],
  announced: ReadonlySet<string>,
): Announcement | undefined {
  const fresh = exchanges.filter((exchange) => isComplete(exchange) && !announced.has(exchange.id))
  const latest = fresh.at(-1)
  if (!latest) return undefined
  const what = `${latest.request.method} ${factsOf(latest).path} ${outcomeOf(latest)}`
  const text = fresh.length === 1 ? `${what}.` : `${fresh.length} new exchanges; the latest, ${what}.`
  return { text, ids: fresh.map((exchange) => exchange.id) }
}
