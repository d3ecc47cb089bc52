// The notes beside a login request, each shown only where it is true: what Swagger UI's Authorize
// dialog adds and hides (only for the requests that dialog made), what reads the Authorization
// header it sends (the route the record says took the request), and a pointer to that note only
// when the note is there.
import { factsOf, isObject, parseJson } from './exchange-facts'
import { quoted } from './formatters'
import type { Exchange } from './exchange'

/** What read the login request's body, by the stand-in's record. */
type BodyReader =
  | { readonly kind: 'password-form' }
  | { readonly kind: 'json-body'; readonly model: string }
  /** The router answered (404, 405, 307), or no app was running: nothing read the request. */
  | { readonly kind: 'nothing' }

function bodyReaderOf(exchange: Exchange): BodyReader {
  const steps = exchange.response?.record?.steps ?? []
  const jsonBody = steps.find((step) => step.stage === 'json-body')
  if (jsonBody) return { kind: 'json-body', model: jsonBody.model }
  const unread = steps.some(
    (step) => step.stage === 'startup' || (step.stage === 'routing' && step.result !== 'matched'),
  )
  // Every login route of the lessons takes the password form; a real server's answer has no record.
  return unread ? { kind: 'nothing' } : { kind: 'password-form' }
}

/** Why the header does no harm: what read the request instead, as a sentence's start. */
function neverReads(reader: BodyReader): string {
  switch (reader.kind) {
    case 'password-form':
      return 'OAuth2PasswordRequestForm never reads this header'
    case 'json-body':
      return `This login route reads only its ${reader.model} JSON body, never this header`
    case 'nothing':
      return 'No route took this request, so nothing read this header'
  }
}

/** The same, short, for the header's own row. */
function headerUnread(reader: BodyReader): string {
  switch (reader.kind) {
    case 'password-form':
      return 'the password form does not read it'
    case 'json-body':
      return `the route reads only its ${reader.model} JSON body, not this header`
    case 'nothing':
      return 'no route took this request, so nothing read it'
  }
}

/** The note on Basic client credentials, when the login request carries them. */
function clientCredentialsNote(exchange: Exchange): string | undefined {
  const facts = factsOf(exchange)
  const basic = facts.authorization?.basic
  if (!facts.isTokenRequest || !basic) return undefined
  const reader = bodyReaderOf(exchange)
  const unread = neverReads(reader)
  if (basic.user === '' && basic.password === '') {
    const pair = 'Og== is base64 of ":", an empty client_id, the colon, and an empty client_secret.'
    if (!facts.fromAuthorizeDialog) {
      return `Authorization: ${facts.authorization.value} sends an empty client pair: ${pair} ${unread}, so it does no harm.`
    }
    return (
      `Authorization: ${facts.authorization.value} comes from Swagger UI, not from you: its dialog sends ` +
      'client_id and client_secret in an Authorization header by default (“Client credentials location: ' +
      `Authorization header”), even when both are empty. ${pair} ${unread}, so it does no harm.`
    )
  }
  const whose = facts.fromAuthorizeDialog ? 'Swagger UI’s client credentials' : 'client credentials'
  const formClientId = reader.kind === 'password-form' ? '; a client_id in the form would be read' : ''
  return (
    `Authorization: Basic carries ${whose} (client_id ${quoted(basic.user)} and a client secret). ` +
    `${unread}${formClientId}.`
  )
}

/** The notes for a login request: its client credentials, and what the Authorize dialog shows of the answer. */
export function tokenRequestNotes(exchange: Exchange): string[] {
  const facts = factsOf(exchange)
  const response = exchange.response
  if (!facts.isTokenRequest || !response) return []
  const notes: string[] = []
  const credentials = clientCredentialsNote(exchange)
  if (credentials) notes.push(credentials)
  // What the dialog shows and keeps; Try it out and the panel's form show the whole answer.
  if (!facts.fromAuthorizeDialog) return notes
  const provider = response.record?.steps.some((step) => step.stage === 'identity-provider') ?? false
  if (response.status >= 400 && provider) {
    notes.push(
      `Swagger UI’s dialog shows this answer as an error with the provider’s error code. The identity provider ` +
        `said: ${response.body}`,
    )
  } else if (response.status >= 400) {
    const shown = `Error: ${response.statusText || `response status is ${response.status}`}`
    const oauth2 = oauth2Error(response.body)
    notes.push(
      oauth2
        ? `Swagger UI’s dialog shows “${shown}${oauth2}” for this answer: it reads error and error_description, ` +
            'the fields RFC 6749 gives a failed login, though never FastAPI’s detail.'
        : `Swagger UI’s dialog shows only “${shown}” for this answer and never FastAPI’s detail. ` +
            `FastAPI said: ${detailOf(response.body)}`,
    )
  } else if (response.status < 300 && /^\s*\{/.test(response.body) && facts.issuedToken === undefined) {
    notes.push(
      'This answer has no access_token. Swagger UI does not check: it says “Authorized”, then reads ' +
        'access_token from this object anyway and sends “Authorization: Bearer undefined”.',
    )
  } else if (facts.issuedToken !== undefined) {
    notes.push(
      'Swagger UI keeps this access_token and sends it as “Authorization: Bearer <token>” on every operation ' +
        'whose security lists this scheme, until you log out. It never reads an exp claim.',
    )
  }
  return notes
}

/** The note on a login request's Authorization header; it points to the note above only when there is one. */
export function authorizationHeaderNote(exchange: Exchange): string | undefined {
  if (!factsOf(exchange).isTokenRequest) return undefined
  const unread = headerUnread(bodyReaderOf(exchange))
  return clientCredentialsNote(exchange) && exchange.response ? `${unread} (see the note above)` : unread
}

/** What Swagger UI adds to the dialog's error from an RFC 6749 error body (its auth actions.js). */
function oauth2Error(body: string): string | undefined {
  const parsed = parseJson(body)
  if (!isObject(parsed) || typeof parsed.error !== 'string' || parsed.error === '') return undefined
  const description = parsed.error_description
  return `, error: ${parsed.error}${typeof description === 'string' && description !== '' ? `, description: ${description}` : ''}`
}

/** FastAPI's `detail`, in words: the string itself, or one line per validation error. */
export function detailOf(body: string): string {
  const parsed = parseJson(body)
  if (!isObject(parsed) || !('detail' in parsed)) return body === '' ? '(an empty body)' : body
  const { detail } = parsed
  if (typeof detail === 'string') return quoted(detail)
  if (Array.isArray(detail)) {
    return detail
      .map((entry) => {
        if (!isObject(entry)) return JSON.stringify(entry)
        const loc = Array.isArray(entry.loc) ? entry.loc.join('.') : '?'
        return `${loc}: ${typeof entry.msg === 'string' ? entry.msg : JSON.stringify(entry)}`
      })
      .join('; ')
  }
  return JSON.stringify(detail)
}
