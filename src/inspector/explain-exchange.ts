// "Why": what FastAPI decided for one exchange and why, derived from the stand-in's record, plus
// the notes a learner needs about what Swagger UI adds or hides around it.
import { cookieJarNotes } from './cookie-jar-notes'
import { factsOf, headerValue } from './exchange-facts'
import { stepLine } from './explain-steps'
import type { ExplanationLine } from './explanation-line'
import type { RememberedEntry } from '../server/exchange-record'
import { releaseMark } from '../server/release-changes'
import type { Exchange } from './exchange'
import { tokenRequestNotes } from './token-request-notes'

export interface Explanation {
  /** The deciding sentence. */
  readonly summary: string
  readonly tone: ExplanationLine['tone']
  /** Every recorded decision, in order. */
  readonly steps: readonly ExplanationLine[]
  readonly notes: readonly string[]
  /**
   * When the stand-in answered as an older FastAPI and today's would answer differently: one
   * sentence per change, naming the release that made it ("FastAPI 0.122.0 changed this: …").
   */
  readonly releaseMarks: readonly string[]
}

export function explainExchange(exchange: Exchange): Explanation {
  const { response, failure } = exchange
  if (failure !== undefined) {
    return single('stop', `The request failed before any answer arrived: ${failure}`, [])
  }
  if (!response) return single('info', 'Waiting for the answer…', [])
  const { record } = response
  const notes = [
    ...tokenRequestNotes(exchange),
    ...cookieJarNotes(exchange),
    ...rememberedNotes(record?.remembered ?? []),
  ]
  if (response.answeredBy === 'network') return single('info', networkAnswer(exchange, response.status), notes)
  if (!record || record.steps.length === 0) {
    return single('info', `The stand-in kept no record of why it answered ${response.status}.`, notes)
  }
  const matched = record.steps.find((step) => step.stage === 'routing' && step.result === 'matched')
  const context = {
    endpoint: matched ? `${matched.route.name}()` : 'the endpoint',
    challenge: headerValue(response.headers, 'www-authenticate'),
    plainText: (headerValue(response.headers, 'content-type') ?? '').startsWith('text/plain'),
  }
  const steps = record.steps.map((step) => stepLine(step, context))
  const last = steps.at(-1) ?? { tone: 'info' as const, text: '' }
  return { summary: last.text, tone: last.tone, steps, notes, releaseMarks: releaseMarksOf(exchange) }
}

/** A stateful app's memory, as this answer found it: what earlier requests left there decided it. */
function rememberedNotes(entries: readonly RememberedEntry[]): string[] {
  if (entries.length === 0) return []
  const found = entries.map(({ dict, key, value }) => `${dict}[${JSON.stringify(key)}] = ${JSON.stringify(value)}`)
  return [`What earlier requests left in main.py’s memory decided this answer: ${found.join('; ')}.`]
}

/** The marks of an answer given as an older FastAPI, from the server's own record. */
export function releaseMarksOf(exchange: Exchange): string[] {
  return (exchange.response?.record?.releaseChanges ?? []).map(releaseMark)
}

function networkAnswer(exchange: Exchange, status: number): string {
  const { url } = exchange.request
  const { apiRoot } = exchange.context
  if (apiRoot && !url.startsWith(apiRoot)) {
    return (
      `This request went to ${url}, outside the app, which answers below ${apiRoot}. The stand-in never saw ` +
      `it: whatever serves that address on this host answered ${status === 0 ? 'nothing' : String(status)}.`
    )
  }
  const origin = new URL(url).origin
  return `${origin} answered ${String(status)} over the network, not the stand-in, so there is no record of why.`
}

function single(tone: ExplanationLine['tone'], text: string, notes: readonly string[]): Explanation {
  return { summary: text, tone, steps: [{ tone, text }], notes, releaseMarks: [] }
}

export interface TokenUrlResolution {
  readonly tokenUrl: string
  /** Whether tokenUrl came from the OpenAPI document, or is FastAPI tutorials' usual value. */
  readonly fromDocument: boolean
  readonly docsPage: string
  readonly resolved: string
  /** Whether this request went where the resolution says. */
  readonly matches: boolean
}

/** How the browser turned the document's tokenUrl into this request's URL. */
export function tokenUrlResolution(
  exchange: Exchange,
  tokenUrl: string | undefined,
  docsPage: string,
): TokenUrlResolution | undefined {
  if (!factsOf(exchange).isTokenRequest) return undefined
  const written = tokenUrl ?? 'token'
  if (!URL.canParse(written, docsPage)) return undefined
  const resolved = new URL(written, docsPage).href
  const sent = exchange.request.url.replace(/[?#].*$/, '')
  return { tokenUrl: written, fromDocument: tokenUrl !== undefined, docsPage, resolved, matches: sent === resolved }
}
