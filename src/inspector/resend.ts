// Sends an exchange's request again, as it was or with another token: a plain fetch to the same
// URL, which goes through the mock like any other request and so appears in the list with its answer.
import { headerValue } from './exchange-facts'
import type { Exchange } from './exchange'

export interface ResendRequest {
  readonly url: string
  readonly init: RequestInit & { readonly headers: Record<string, string> }
}

export function resendRequest(exchange: Exchange, token: string): ResendRequest {
  const { method, url, headers, body } = exchange.request
  const sent: Record<string, string> = { accept: headerValue(headers, 'accept') ?? '*/*' }
  const hasBody = method !== 'GET' && method !== 'HEAD' && body !== ''
  const contentType = headerValue(headers, 'content-type')
  if (hasBody && contentType !== undefined) sent['content-type'] = contentType
  sent.authorization = `Bearer ${token}`
  return { url, init: { method, headers: sent, ...(hasBody ? { body } : {}) } }
}

export async function resendWithToken(
  exchange: Exchange,
  token: string,
  send: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
): Promise<number> {
  const { url, init } = resendRequest(exchange, token)
  const response = await send(url, init)
  // Read to the end so the exchange is complete before the caller looks for it.
  await response.text()
  return response.status
}

/**
 * The headers an app reads from a request, as they were sent: what "Send again" sends again. Not
 * X-Requested-With, Swagger UI's mark on its own login requests: the panel sends this one.
 */
const RESENT_HEADERS = ['accept', 'authorization', 'content-type']

export function sendAgainRequest(exchange: Exchange): ResendRequest {
  const { method, url, headers, body } = exchange.request
  const sent: Record<string, string> = {}
  for (const name of RESENT_HEADERS) {
    const value = headerValue(headers, name)
    if (value !== undefined) sent[name] = value
  }
  const hasBody = method !== 'GET' && method !== 'HEAD' && body !== ''
  return { url, init: { method, headers: sent, ...(hasBody ? { body } : {}) } }
}

export async function sendAgain(
  exchange: Exchange,
  send: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
): Promise<number> {
  const { url, init } = sendAgainRequest(exchange)
  // A redirect (a login page's 302) is the answer to show, not a page to follow.
  const response = await send(url, { ...init, redirect: 'manual' })
  await response.text()
  return response.status
}
