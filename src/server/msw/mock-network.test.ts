import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../../lessons/first-steps/first-steps-app'
import { createExchangeLog } from './exchange-log'
import { createInFlightLimit, type InFlightLimit } from './in-flight-limit'
import { createApiHandler, trafficSource, type SeenRequest } from './mock-network'

const apiRoot = new URL('http://localhost:4174/learn/oauth2/')

function setUp(limit?: InFlightLimit) {
  const log = createExchangeLog()
  const handler = createApiHandler({ app: createFirstStepsApp(new Set()), apiRoot }, log, limit)
  return { log, send: (request: Request) => getResponse([handler], request) }
}

describe('the stand-in mounted on msw', () => {
  it('answers API paths below the base as FastAPI, with the root path as mount point', async () => {
    const { send } = setUp()
    const response = await send(new Request(new URL('items/', apiRoot), { headers: { authorization: 'Bearer t' } }))
    expect(response?.status).toBe(200)
    expect(await response?.text()).toBe('{"token":"t"}')
  })

  it('redirects within the base folder, keeping the query string', async () => {
    const { send } = setUp()
    const response = await send(new Request(new URL('items?x=1', apiRoot)))
    expect(response?.status).toBe(307)
    expect(response?.headers.get('location')).toBe('http://localhost:4174/learn/oauth2/items/?x=1')
  })

  it('answers unknown paths below the base with FastAPI’s 404', async () => {
    const { send } = setUp()
    const response = await send(new Request(new URL('nope', apiRoot)))
    expect(response?.status).toBe(404)
    expect(await response?.text()).toBe('{"detail":"Not Found"}')
  })

  it('lets the playground’s own files and anything outside the base reach the network', async () => {
    const { send } = setUp()
    for (const url of ['assets/index-abc.js', 'mockServiceWorker.js', 'favicon.svg', 'index.html']) {
      expect(await send(new Request(new URL(url, apiRoot))), url).toBeUndefined()
    }
    expect(await send(new Request('http://localhost:4174/items/'))).toBeUndefined()
    expect(await send(new Request('http://elsewhere.test/learn/oauth2/items/'))).toBeUndefined()
  })

  it('keeps its record of why beside the exchange, keyed by request id', async () => {
    const { log, send } = setUp()
    const kept: string[] = []
    const add = log.add.bind(log)
    // Watches what the handler keeps, then reads it back by the same id as the traffic events do.
    log.add = (requestId, record) => {
      add(requestId, record)
      const stored = log.get(requestId)
      if (stored) kept.push(`${stored.method} ${stored.path} ${stored.status}`)
    }
    await send(new Request(new URL('items/', apiRoot)))
    expect(kept).toEqual(['GET /items/ 401'])
  })

  it('answers no more requests at once than its in-flight limit lets in', async () => {
    // A place held for a minute at most: longer than the test, so it cannot step aside early.
    const limit = createInFlightLimit(1, 60_000)
    await limit.enter('already inside')
    const { send } = setUp(limit)
    let answered = false
    const response = send(new Request(new URL('items/', apiRoot))).then((response) => {
      answered = true
      return response
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(answered).toBe(false)

    limit.leave('already inside')
    expect((await response)?.status).toBe(401)
  })

  it('lets the playground’s own files through without waiting for the limit', async () => {
    const limit = createInFlightLimit(1, 60_000)
    await limit.enter('already inside')
    const { send } = setUp(limit)
    expect(await send(new Request(new URL('mockServiceWorker.js', apiRoot)))).toBeUndefined()
  })
})

describe('which requests the traffic view shows', () => {
  const base = new URL('http://localhost:4174/learn/oauth2/')
  const fetched = (url: string, extra: Partial<SeenRequest> = {}): SeenRequest => ({
    url,
    mode: 'cors',
    destination: '',
    ...extra,
  })

  it('gives the stand-in its own API’s requests, whatever their kind', () => {
    expect(trafficSource(fetched(new URL('users/me', apiRoot).href), base, apiRoot)).toBe('stand-in')
    expect(trafficSource(fetched(new URL('token', apiRoot).href, { mode: 'same-origin' }), base, apiRoot)).toBe(
      'stand-in',
    )
  })

  it('marks other fetch and XHR requests as answered by the network: a real server, or one that left the app', () => {
    expect(trafficSource(fetched('http://127.0.0.1:8000/token'), base, apiRoot)).toBe('network')
    expect(trafficSource(fetched('http://localhost:4174/token'), base, apiRoot)).toBe('network')
    const proxied = new URL('api/v1/', base)
    expect(trafficSource(fetched(new URL('token', base).href), base, proxied)).toBe('network')
  })

  it('sends everything to the network once the stand-in is taken away', () => {
    expect(trafficSource(fetched(new URL('fastapi/users/me', base).href), base, undefined)).toBe('network')
  })

  it('never shows navigations, the page’s own files, no-cors probes or non-fetch loads', () => {
    expect(trafficSource(fetched(base.href, { mode: 'navigate', destination: 'document' }), base, apiRoot)).toBe(
      undefined,
    )
    expect(trafficSource(fetched(new URL('assets/index-abc.js', base).href), base, apiRoot)).toBe(undefined)
    expect(trafficSource(fetched(new URL('assets/argon2.wasm', base).href), base, undefined)).toBe(undefined)
    expect(trafficSource(fetched('http://127.0.0.1:8000/', { mode: 'no-cors' }), base, apiRoot)).toBe(undefined)
    expect(trafficSource(fetched('http://cdn.test/font.woff2', { destination: 'font' }), base, apiRoot)).toBe(undefined)
  })
})
