// "Copy as curl", aimed at the same FastAPI app running on the learner's machine: the path below
// the playground's API root, appended to the local origin (uvicorn's default unless changed).
import { factsOf } from './exchange-facts'
import { maskFormBody } from './formatters'
import type { Exchange } from './exchange'

export const DEFAULT_LOCAL_ORIGIN = 'http://127.0.0.1:8000'

// What the browser adds on its own: curl sends its own versions or none, and FastAPI ignores them.
const BROWSER_HEADERS: ReadonlySet<string> = new Set([
  'accept-encoding',
  'accept-language',
  'cache-control',
  'connection',
  'content-length',
  'cookie',
  'dnt',
  'host',
  'origin',
  'pragma',
  'priority',
  'referer',
  'user-agent',
])

/** The origin without trailing slashes, or undefined when it is not an http(s) origin. */
export function normalizeOrigin(text: string): string | undefined {
  const trimmed = text.trim().replace(/\/+$/, '')
  if (!URL.canParse(trimmed)) return undefined
  const url = new URL(trimmed)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export function localUrl(exchange: Exchange, origin: string): string {
  return `${origin}${factsOf(exchange).path}`
}

export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * The request headers a replay sends, in the order sent: all but what the browser adds on its own
 * (and the playground's own markers). "Copy as a TestClient test" keeps the same ones.
 */
export function replayedRequestHeaders(headers: readonly (readonly [string, string])[]): (readonly [string, string])[] {
  return headers.filter(([name]) => {
    const key = name.toLowerCase()
    return !BROWSER_HEADERS.has(key) && !key.startsWith('sec-') && !key.startsWith('x-bearer-playground')
  })
}

export interface CurlOptions {
  /** Masks the password form's secrets, for showing the command on screen. */
  readonly maskSecrets?: boolean
}

export function buildCurl(exchange: Exchange, origin: string, options: CurlOptions = {}): string {
  const { method, headers, body } = exchange.request
  const command = ['curl']
  if (method === 'HEAD') command.push('--head')
  else if (method !== 'GET') command.push(`-X ${method}`)
  command.push(shellQuote(localUrl(exchange, origin)))
  const parts = [command.join(' ')]
  for (const [name, value] of replayedRequestHeaders(headers)) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`)
  // curl keeps no cookies of its own: the ones the playground's jar sent go along explicitly.
  const jarCookie = exchange.response?.record?.cookieJar?.sent
  if (jarCookie) parts.push(`-H ${shellQuote(`Cookie: ${jarCookie}`)}`)
  if (body !== '' && method !== 'GET' && method !== 'HEAD') {
    const isForm = factsOf(exchange).form !== undefined
    const shown = isForm && options.maskSecrets ? maskFormBody(body, false) : body
    parts.push(`--data-raw ${shellQuote(shown)}`)
  }
  return parts.join(' \\\n  ')
}
