// The traffic panel's exchange as an experiment's observation reads it.
import { factsOf, headerValue } from './exchange-facts'
import type { Exchange } from './exchange'
import type { ObservedExchange } from '../lessons/experiment'

/** Undefined until the exchange has its answer; `earlier` are the exchanges recorded before it. */
export function observedExchange(exchange: Exchange, earlier: readonly Exchange[] = []): ObservedExchange | undefined {
  const { request, response } = exchange
  if (!response) return undefined
  const facts = factsOf(exchange)
  return {
    method: request.method,
    path: facts.path.replace(/\?.*$/, ''),
    url: request.url,
    answeredBy: response.answeredBy,
    // Asked only by the few observations that need the history, so not read on every answer.
    sentEarlier: (method, path) =>
      earlier.some(
        (before) =>
          before.seq < exchange.seq &&
          before.request.method === method &&
          factsOf(before).path.replace(/\?.*$/, '') === path,
      ),
    requestHeader: (name) => headerValue(request.headers, name),
    form: facts.form ? new Map(facts.form) : undefined,
    status: response.status,
    responseHeader: (name) => headerValue(response.headers, name),
    body: response.body,
    steps: response.record?.steps ?? [],
    ...(response.record?.cookieJar && { cookieJar: response.record.cookieJar }),
  }
}
