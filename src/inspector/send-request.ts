// The panel's "Send a request": a request the learner writes by hand, with a FastAPI path below
// the API root, headers as "Name: value" lines and an optional urlencoded form. It reaches what
// Swagger UI cannot send, such as a path without its trailing slash or a malformed header.

export const SEND_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const

/** Why the form will not send a Cookie header. */
export const COOKIE_REFUSED =
  'A page’s fetch may not set a Cookie header (a forbidden header name): the browser would drop it, and the ' +
  'stand-in would never see it. The playground’s cookie jar adds the cookies it holds to this request by ' +
  'itself, as a browser does; log in or out to change them.'

export interface SendDraft {
  readonly method: string
  /** As FastAPI writes it: `/items/`, optionally with a query string. */
  readonly path: string
  /** One `Name: value` per line. */
  readonly headers: string
  /** `application/x-www-form-urlencoded` text, e.g. `username=johndoe`. */
  readonly form: string
}

export type BuiltRequest =
  | { readonly ok: true; readonly url: string; readonly init: RequestInit & { readonly headers: Headers } }
  | { readonly ok: false; readonly problem: string }

export function buildSendRequest(draft: SendDraft, apiRoot: string): BuiltRequest {
  const method = draft.method.toUpperCase()
  if (!draft.path.startsWith('/')) return problem('Write the path as FastAPI does, starting with /, e.g. /items/.')
  let url: URL
  try {
    // Appended as text, so that a path can never name another host.
    url = new URL(apiRoot + draft.path.slice(1))
  } catch {
    return problem(`${draft.path} is not a path a browser can send.`)
  }
  if (!url.href.startsWith(apiRoot)) return problem(`${draft.path} leads out of the app’s folder, ${apiRoot}.`)

  const headers = new Headers()
  const lines = draft.headers.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const colon = line.indexOf(':')
    if (colon <= 0) return problem(`Header line ${index + 1} is not “Name: value”.`)
    // A standalone Headers takes it, but fetch would drop it without a word: say so instead.
    if (line.slice(0, colon).trim().toLowerCase() === 'cookie') return problem(COOKIE_REFUSED)
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
    } catch {
      return problem(`Header line ${index + 1} has a name or value a browser will not send.`)
    }
  }

  if (draft.form === '') return { ok: true, url: url.href, init: { method, headers } }
  if (method === 'GET' || method === 'HEAD') return problem(`A ${method} request cannot carry a form body.`)
  if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded')
  return { ok: true, url: url.href, init: { method, headers, body: draft.form } }
}

function problem(text: string): BuiltRequest {
  return { ok: false, problem: text }
}
