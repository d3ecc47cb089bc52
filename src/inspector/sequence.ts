// The session as a sequence diagram: for each exchange, what the browser sent the API and what
// came back, in a few words each, with the token labels that tie them together.
import { factsOf, headerValue } from './exchange-facts'
import { statusLabel } from './formatters'
import type { TokenLinks } from './token-links'
import type { Exchange } from './exchange'

export interface SequenceItem {
  readonly seq: number
  readonly id: string
  /** Set when this exchange belongs to another lesson than the one before it. */
  readonly lessonChange: string | undefined
  readonly request: string
  readonly response: string
  readonly tone: 'ok' | 'redirect' | 'error' | 'pending'
}

export function sequenceOf(exchanges: readonly Exchange[], links: TokenLinks): SequenceItem[] {
  let lesson: string | undefined
  return exchanges.map((exchange) => {
    const lessonChange =
      lesson !== undefined && exchange.context.lessonId !== lesson ? exchange.context.lessonId : undefined
    lesson = exchange.context.lessonId
    return { seq: exchange.seq, id: exchange.id, lessonChange, ...messagesOf(exchange, links) }
  })
}

function messagesOf(exchange: Exchange, links: TokenLinks): Pick<SequenceItem, 'request' | 'response' | 'tone'> {
  const facts = factsOf(exchange)
  const sent = [`${exchange.request.method} ${facts.path}`]
  const username = facts.form?.findLast(([name]) => name === 'username')?.[1]
  if (facts.isTokenRequest)
    sent.push(
      username === undefined ? 'password form without username' : `password form for ${JSON.stringify(username)}`,
    )
  const carried = links.carried.get(exchange.seq)
  if (carried) sent.push(`Bearer ${carried.label}${carried.tampered ? ' (tampered)' : ''}`)
  else if (facts.authorization)
    sent.push(`${facts.authorization.scheme || 'Authorization'} ${shorten(facts.authorization.credentials)}`)
  else if (!facts.isDocument) sent.push('no Authorization')

  const { response } = exchange
  if (exchange.failure !== undefined) return { request: sent.join(', '), response: 'failed', tone: 'error' }
  if (!response) return { request: sent.join(', '), response: 'waiting…', tone: 'pending' }
  const answer = [statusLabel(response.status, response.statusText)]
  const issued = links.issued.get(exchange.seq)
  if (issued) answer.push(`access_token ${issued.label}`)
  const location = headerValue(response.headers, 'location')
  if (location) answer.push(`location ${locationBelowRoot(location, exchange)}`)
  const challenge = headerValue(response.headers, 'www-authenticate')
  if (challenge) answer.push(`www-authenticate: ${challenge}`)
  const tone = response.status >= 400 ? 'error' : response.status >= 300 ? 'redirect' : 'ok'
  return { request: sent.join(', '), response: answer.join(', '), tone }
}

function locationBelowRoot(location: string, exchange: Exchange): string {
  const root = exchange.context.apiRoot
  return root && location.startsWith(root) ? `/${location.slice(root.length)}` : location
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-8)}` : text
}
