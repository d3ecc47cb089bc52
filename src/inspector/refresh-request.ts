// "Refresh with this token": a token answer that holds a refresh_token, sent back to the same
// token URL as `grant_type=refresh_token`, the request a client makes when its access token runs
// out. A plain fetch, so it goes through the mock and shows up in the list like any other.
import { parseJson, isObject } from './exchange-facts'
import type { Exchange } from './exchange'

export interface RefreshRequest {
  readonly url: string
  readonly init: RequestInit & { readonly headers: Record<string, string>; readonly body: string }
}

/** The refresh_token of a successful JSON answer to a POST, if it holds one. */
export function refreshTokenOf(exchange: Exchange): string | undefined {
  const { request, response } = exchange
  if (request.method !== 'POST' || !response || response.status < 200 || response.status > 299) return undefined
  const body = parseJson(response.body)
  if (!isObject(body)) return undefined
  const token = body.refresh_token
  return typeof token === 'string' && token !== '' ? token : undefined
}

export function refreshRequest(exchange: Exchange, refreshToken: string): RefreshRequest {
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString()
  return {
    url: exchange.request.url,
    init: {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    },
  }
}

export async function sendRefresh(
  exchange: Exchange,
  refreshToken: string,
  send: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init),
): Promise<number> {
  const { url, init } = refreshRequest(exchange, refreshToken)
  const response = await send(url, init)
  // Read to the end so the exchange is complete before the caller looks for it.
  await response.text()
  return response.status
}
