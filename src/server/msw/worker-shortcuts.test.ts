import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../../lessons/first-steps/first-steps-app'
import { createThirdPartyLoginApp } from '../../lessons/third-party-login/third-party-login-app'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import type { FastApiApp } from '../fastapi-app'
import type { TrafficEvent } from '../traffic'
import { createInFlightLimit } from './in-flight-limit'
import type { WorkerMessageEvent, WorkerMessageSource, WorkerRequest } from './worker-protocol'
import { isPlaygroundOwn, shortenWorkerRoundTrips } from './worker-shortcuts'

const base = new URL('http://localhost/learn/oauth2/')
const request = (path: string, mode = 'cors') => ({ url: new URL(path, base).href, mode })

describe('isPlaygroundOwn', () => {
  it('takes the page’s own files and page loads, whatever lesson API is mounted', () => {
    expect(isPlaygroundOwn(request('assets/swagger-pane-x.js'), base)).toBe(true)
    expect(isPlaygroundOwn(request('favicon.svg?v=1'), base)).toBe(true)
    expect(isPlaygroundOwn(request('mockServiceWorker.js'), base)).toBe(true)
    expect(isPlaygroundOwn(request('./?lesson=oauth2-jwt', 'navigate'), base)).toBe(true)
  })

  it('leaves every API path to msw and the stand-in, at the base and behind the proxy', () => {
    expect(isPlaygroundOwn(request('openapi.json'), base)).toBe(false)
    expect(isPlaygroundOwn(request('items/'), base)).toBe(false)
    expect(isPlaygroundOwn(request('token'), base)).toBe(false)
    expect(isPlaygroundOwn(request('api/v1/openapi.json'), base)).toBe(false)
    expect(isPlaygroundOwn(request('docs'), base)).toBe(false)
  })

  it('leaves requests outside the playground’s folder to msw', () => {
    expect(isPlaygroundOwn({ url: 'http://localhost/assets/x.js', mode: 'cors' }, base)).toBe(false)
    expect(isPlaygroundOwn({ url: 'http://127.0.0.1:8000/items/', mode: 'cors' }, base)).toBe(false)
  })
})

interface Posted {
  readonly message: unknown
  readonly transfer: unknown
}

/** The page's side of the worker protocol, with a fake worker: what was answered, and whether msw heard. */
function setUp(mounted = true, app: FastApiApp = createFirstStepsApp(new Set())) {
  let listener: ((event: WorkerMessageEvent) => void) | undefined
  const source: WorkerMessageSource = {
    addEventListener(_type, added) {
      listener = added
    },
  }
  const traffic: TrafficEvent[] = []
  shortenWorkerRoundTrips(source, {
    base,
    mounted: () => (mounted ? { app, apiRoot: base } : undefined),
    limit: createInFlightLimit(1, 50, () => undefined),
    report: () => (event) => traffic.push(event),
  })
  /** Delivers one worker message: what the page posted back at once, and whether msw would hear of it. */
  const deliverNow = (data: unknown): { posted: Posted[]; reachedMsw: boolean } => {
    const result = { posted: [] as Posted[], reachedMsw: true }
    listener?.({
      data,
      ports: [{ postMessage: (message: unknown, transfer?: unknown) => result.posted.push({ message, transfer }) }],
      stopImmediatePropagation: () => {
        result.reachedMsw = false
      },
    })
    return result
  }
  /** The same, once the stand-in has answered (it answers asynchronously). */
  const deliver = async (data: unknown) => {
    const result = deliverNow(data)
    await new Promise((resolve) => setTimeout(resolve, 20))
    return result
  }
  return { deliver, deliverNow, traffic }
}

function workerRequest(path: string, init: Partial<WorkerRequest> = {}): { type: 'REQUEST'; payload: WorkerRequest } {
  return {
    type: 'REQUEST',
    payload: {
      id: `id-${path}`,
      url: new URL(path, base).href,
      mode: 'cors',
      method: 'GET',
      headers: {},
      body: null,
      destination: '',
      ...init,
    },
  }
}

describe('the stand-in answering the worker itself', () => {
  it('answers an API request with the stand-in’s status, headers and bytes, and msw never hears of it', async () => {
    const { deliver } = setUp()
    const { posted, reachedMsw } = await deliver(workerRequest('items/', { headers: { authorization: 'Bearer abc' } }))
    expect(reachedMsw).toBe(false)
    expect(posted).toHaveLength(1)
    const { message, transfer } = posted[0] ?? {}
    const answer = message as { type: string; data: { status: number; headers: [string, string][]; body: ArrayBuffer } }
    expect(answer.type).toBe('MOCK_RESPONSE')
    expect(answer.data.status).toBe(200)
    expect(answer.data.headers).toContainEqual(['content-type', 'application/json'])
    expect(new TextDecoder().decode(answer.data.body)).toBe('{"token":"abc"}')
    // The bytes move to the worker rather than being copied.
    expect(transfer).toEqual([answer.data.body])
  })

  it('reports the exchange to the traffic view, with the stand-in’s record of why', async () => {
    const { deliver, traffic } = setUp()
    await deliver(workerRequest('items/'))
    expect(traffic.map((event) => event.kind)).toEqual(['request', 'response'])
    const response = traffic[1]
    expect(response?.kind === 'response' && response.status).toBe(401)
    expect(response?.kind === 'response' && response.answeredBy).toBe('stand-in')
    expect(response?.kind === 'response' && response.record?.path).toBe('/items/')
    expect(response?.kind === 'response' && response.headers).toContainEqual(['www-authenticate', 'Bearer'])
  })

  it('hands the stand-in a form body as sent, and Starlette’s reading of header bytes', async () => {
    const { deliver, traffic } = setUp()
    const body = new TextEncoder().encode('username=johndoe&password=secret').buffer
    await deliver(
      workerRequest('token', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-name': 'é' },
      }),
    )
    const sent = traffic[0]
    expect(sent?.kind === 'request' && sent.body).toBe('username=johndoe&password=secret')
    // The worker decoded the bytes C3 A9 as UTF-8; Starlette reads them as latin-1.
    expect(sent?.kind === 'request' && sent.headers).toContainEqual(['x-name', 'Ã©'])
  })

  it('sends the page’s own files and page loads to the network at once', async () => {
    const { deliver, traffic } = setUp()
    for (const [path, mode] of [
      ['assets/index-abc.js', 'cors'],
      ['./?lesson=first-steps', 'navigate'],
    ] as const) {
      const { posted, reachedMsw } = await deliver(workerRequest(path, { mode }))
      expect(reachedMsw).toBe(false)
      expect(posted.map((post) => post.message)).toEqual([{ type: 'PASSTHROUGH' }])
    }
    expect(traffic).toEqual([])
  })

  it('leaves requests outside the API, and every request while nothing is mounted, to msw', async () => {
    expect((await setUp().deliver(workerRequest('http://127.0.0.1:8000/items/'))).reachedMsw).toBe(true)
    const unmounted = await setUp(false).deliver(workerRequest('items/'))
    expect(unmounted).toEqual({ posted: [], reachedMsw: true })
  })

  it('keeps the worker’s copy of an answer it gave from msw, and closes the copy’s stream', async () => {
    const { deliver } = setUp()
    await deliver(workerRequest('items/'))
    let cancelled = false
    const body = new ReadableStream({
      cancel() {
        cancelled = true
      },
    })
    const copy = { type: 'RESPONSE', payload: { request: { id: 'id-items/' }, response: { body } } }
    expect((await deliver(copy)).reachedMsw).toBe(false)
    expect(cancelled).toBe(true)
    // Another request's copy is msw's.
    const other = { type: 'RESPONSE', payload: { request: { id: 'elsewhere' }, response: { body: null } } }
    expect((await deliver(other)).reachedMsw).toBe(true)
  })

  it('forgets the oldest answered ids when copies never come, so a long session does not grow them', () => {
    const { deliverNow } = setUp()
    const copyOf = (id: string) => ({ type: 'RESPONSE', payload: { request: { id }, response: { body: null } } })
    for (let n = 0; n <= 1000; n += 1) deliverNow(workerRequest(`assets/file-${String(n)}.js`))
    expect(deliverNow(copyOf('id-assets/file-0.js')).reachedMsw).toBe(true)
    expect(deliverNow(copyOf('id-assets/file-1000.js')).reachedMsw).toBe(false)
  })
})

describe('a third party the mounted app trusts (its identity provider)', () => {
  const withProvider = () =>
    setUp(
      true,
      createThirdPartyLoginApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current', site: base }),
    )
  const login =
    'realms/playground/protocol/openid-connect/auth?response_type=code&client_id=playground-docs&' +
    `redirect_uri=${encodeURIComponent(new URL('oauth2-redirect.html', base).href)}&` +
    'code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256'

  it('answers its popup’s page load below its root, which would otherwise go to the network', async () => {
    const { deliver, traffic } = withProvider()
    const { posted, reachedMsw } = await deliver(workerRequest(login, { mode: 'navigate' }))
    expect(reachedMsw).toBe(false)
    const answer = posted[0]?.message as { type: string; data: { status: number; body: ArrayBuffer } }
    expect([answer.type, answer.data.status]).toEqual(['MOCK_RESPONSE', 200])
    expect(new TextDecoder().decode(answer.data.body)).toContain('Sign in at the identity provider')
    const response = traffic[1]
    expect(response?.kind === 'response' && response.record?.steps[0]?.stage).toBe('identity-provider')
  })

  it('leaves the same page load to the network when the mounted app trusts no provider', async () => {
    const { posted } = await setUp().deliver(workerRequest(login, { mode: 'navigate' }))
    expect(posted.map((post) => post.message)).toEqual([{ type: 'PASSTHROUGH' }])
  })
})
