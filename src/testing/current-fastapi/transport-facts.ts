// The one list of generated requests that the test against today's FastAPI does not send over HTTP,
// each with the reason. Everything else is sent to both sides and compared whole, with no
// normalisation: a difference that is not explained here is a bug in the stand-in.
import type { OracleRequest } from '../fastapi-092-oracle'

export interface TransportFact {
  readonly id: string
  /** Why the request cannot reach FastAPI over HTTP, in a sentence for the test's report. */
  readonly reason: string
  readonly applies: (request: OracleRequest) => boolean
}

// Field values may hold HTAB, visible ASCII and obs-text (0x80-0xFF), nothing else (RFC 9110 §5.5).
const NOT_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/

export const TRANSPORT_FACTS: readonly TransportFact[] = [
  {
    id: 'control-character-in-header',
    reason:
      'a header value holds a control character (VT 0x0B in the generated ones): node:http refuses to send ' +
      'it (ERR_INVALID_CHAR), and uvicorn’s parser (httptools) answers "400 Invalid HTTP request received." ' +
      'itself, before FastAPI sees the request. The FastAPI 0.92 agreement test still checks how the app ' +
      'reads such a value, by calling it as an ASGI server would.',
    applies: (request) => (request.headers ?? []).some(([, value]) => NOT_FIELD_VALUE.test(value)),
  },
]

/**
 * Settings of the real server's process, each with the reason. Starlette answers a 405 on one of
 * FastAPI's own routes (/openapi.json, /docs, /docs/oauth2-redirect, /redoc) with
 * `allow: ", ".join(route.methods)`, and `methods` is a Python set (starlette/routing.py, Route):
 * with string hashing randomised per process, one server says "GET, HEAD" and the next "HEAD, GET".
 * The stand-in always says "GET, HEAD"; a fixed hash seed under which Python says the same makes
 * the comparison exact instead of a coin toss.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { PYTHONHASHSEED: '0' }

/** The fact that keeps `request` from being sent, if any. */
export function transportFactFor(request: OracleRequest): TransportFact | undefined {
  return TRANSPORT_FACTS.find((fact) => fact.applies(request))
}
