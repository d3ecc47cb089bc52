// Responses shaped like Starlette's: compact JSON with content-length, nothing FastAPI would not send.

const REASON_PHRASES: Readonly<Record<number, string>> = {
  200: 'OK',
  307: 'Temporary Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
}

const encoder = new TextEncoder()

export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? ''
}

/**
 * A JSON response. Python's json.dumps with FastAPI's settings writes the same bytes as
 * JSON.stringify for the values these apps return: compact, non-ASCII as raw UTF-8.
 * A HEAD request gets the headers of the body without the body, as Starlette sends it.
 */
export function jsonResponse(
  status: number,
  body: unknown,
  options: { headers?: Readonly<Record<string, string>>; method?: string } = {},
): Response {
  return jsonTextResponse(status, JSON.stringify(body), options)
}

/** A JSON response whose text is already written, for bodies that echo Python values. */
export function jsonTextResponse(
  status: number,
  text: string,
  options: { headers?: Readonly<Record<string, string>>; method?: string } = {},
): Response {
  const headers = new Headers(options.headers)
  headers.set('content-length', String(encoder.encode(text).byteLength))
  headers.set('content-type', 'application/json')
  const sendBody = options.method !== 'HEAD'
  return new Response(sendBody ? text : null, { status, statusText: reasonPhrase(status), headers })
}

/** Starlette's RedirectResponse: 307, an empty body and a `location`. */
export function redirectResponse(location: string): Response {
  return new Response(null, {
    status: 307,
    statusText: reasonPhrase(307),
    headers: { 'content-length': '0', location },
  })
}

export function htmlResponse(html: string, method: string): Response {
  const headers = new Headers({
    'content-length': String(encoder.encode(html).byteLength),
    'content-type': 'text/html; charset=utf-8',
  })
  return new Response(method === 'HEAD' ? null : html, { status: 200, statusText: 'OK', headers })
}
