// Does the learner's server answer the page? A failed fetch says only "TypeError: Failed to
// fetch", whatever the cause, so the cause is found by elimination: a page on https:// may not
// call an http:// server at all (mixed content); a `no-cors` request, whose answer the page may
// not read, still succeeds when the server is up, so the server is running and CORS refused the
// page; when even that fails, nothing listens there.

export type Connection =
  | { readonly state: 'connected'; readonly document: Record<string, unknown> }
  /** The server answered, but not with an OpenAPI document (wrong address, or docs turned off). */
  | { readonly state: 'no-document'; readonly status: number; readonly contentType: string }
  | { readonly state: 'cors-refused' }
  | { readonly state: 'not-running'; readonly message: string }
  | { readonly state: 'mixed-content' }

export type Fetch = (input: string, init: RequestInit) => Promise<Response>

/** Gives up on a server that accepts the connection but never answers. */
const ANSWER_TIMEOUT_MS = 15_000

/** The check itself; `send` is `fetch` in the page. Sends requests to `root` and nowhere else. */
export async function checkConnection(root: URL, page: URL, send: Fetch): Promise<Connection> {
  if (isMixedContent(root, page)) return { state: 'mixed-content' }
  const documentUrl = new URL('openapi.json', root).href
  let response: Response
  try {
    response = await send(documentUrl, {
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    })
  } catch (error) {
    return diagnoseFailure(root, send, error)
  }
  const contentType = response.headers.get('content-type') ?? ''
  if (!response.ok || !/json/i.test(contentType)) {
    void response.body?.cancel()
    return { state: 'no-document', status: response.status, contentType }
  }
  let document: unknown
  try {
    document = await response.json()
  } catch {
    return { state: 'no-document', status: response.status, contentType }
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document) || !('paths' in document)) {
    return { state: 'no-document', status: response.status, contentType }
  }
  return { state: 'connected', document }
}

async function diagnoseFailure(root: URL, send: Fetch, error: unknown): Promise<Connection> {
  const message = error instanceof Error ? error.message : String(error)
  try {
    // Opaque: the page learns only that an answer came, which is all it needs to know here.
    await send(root.href, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' })
    return { state: 'cors-refused' }
  } catch {
    return { state: 'not-running', message }
  }
}

/**
 * A page served over https:// may not fetch from http://, except from the machine itself, which
 * browsers count as secure (http://localhost, http://127.0.0.1).
 */
export function isMixedContent(root: URL, page: URL): boolean {
  return page.protocol === 'https:' && root.protocol === 'http:' && !isLoopback(root.hostname)
}

// What browsers let an https:// page call over http://; wider than what a link may connect to
// by itself (server-trust.ts), which leaves out *.localhost.
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  )
}

/**
 * The lines that let this page's origin call the server and read its answers, with the import
 * they need. `expose_headers` lets the page see WWW-Authenticate, allow and location too: CORS
 * hides every header but a few from another origin's page otherwise.
 */
export function corsMiddlewareLines(pageOrigin: string): string {
  return [
    'from fastapi.middleware.cors import CORSMiddleware',
    '',
    'app.add_middleware(',
    '    CORSMiddleware,',
    `    allow_origins=["${pageOrigin}"],`,
    '    allow_methods=["*"],',
    '    allow_headers=["*"],',
    '    expose_headers=["*"],',
    ')',
  ].join('\n')
}
