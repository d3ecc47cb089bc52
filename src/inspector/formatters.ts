// Small pure formatters for what the inspector prints: durations, statuses, bodies, masked
// secrets, and which headers deserve a highlight and why.
import { parseJson } from './exchange-facts'

export const MASK = '••••••'

/** Form fields whose values are secrets: masked until the learner asks to see them. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['password', 'client_secret'])

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return 'pending'
  if (ms < 10) return `${ms.toFixed(1)} ms`
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(2)} s`
}

/** Status 0 is a request that got no answer at all, as when nothing listens on the port. */
export function statusLabel(status: number, statusText: string): string {
  if (status === 0) return 'no answer'
  return statusText ? `${status} ${statusText}` : String(status)
}

/** JSON bodies indented by two spaces; anything else exactly as received. */
export function prettyBody(body: string): string {
  if (body === '') return ''
  const parsed = parseJson(body)
  return parsed === undefined ? body : JSON.stringify(parsed, null, 2)
}

export function maskFormValue(name: string, value: string, reveal: boolean): string {
  return SECRET_FIELDS.has(name) && !reveal && value !== '' ? MASK : value
}

/** A urlencoded body with its secret fields masked, keeping every other byte as sent. */
export function maskFormBody(body: string, reveal: boolean): string {
  if (reveal) return body
  return body
    .split('&')
    .map((field) => {
      const equals = field.indexOf('=')
      if (equals === -1) return field
      const name = decodeURIComponentSafe(field.slice(0, equals).replace(/\+/g, ' '))
      const value = field.slice(equals + 1)
      return SECRET_FIELDS.has(name) && value !== '' ? `${field.slice(0, equals)}=${MASK}` : field
    })
    .join('&')
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Why a header is highlighted, or undefined for the ones that do not matter here. */
export function headerNote(name: string, side: 'request' | 'response'): string | undefined {
  const key = name.toLowerCase()
  if (side === 'request') {
    return key === 'authorization' ? 'what the security scheme reads' : undefined
  }
  switch (key) {
    case 'www-authenticate':
      return 'the challenge: which scheme the client should use'
    case 'allow':
      return 'the methods this path accepts'
    case 'location':
      return 'where the browser goes next'
    default:
      return undefined
  }
}

/** A quoted string for prose: JSON quoting keeps control characters and quotes visible. */
export function quoted(text: string): string {
  return JSON.stringify(text)
}
