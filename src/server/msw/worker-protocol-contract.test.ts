// Holds msw's service worker to the protocol worker-protocol.ts reads and writes. It runs the worker
// itself: the installed node_modules/msw/lib/mockServiceWorker.js, and public/playground-worker.js
// with the copy in public/, each in a stand-in ServiceWorkerGlobalScope (node:vm). It sends them
// requests, lets the playground's own shortcuts answer, and reads every message the worker posts.
// When an msw release renames a message or a field, this fails and names it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../../lessons/first-steps/first-steps-app'
import type { TrafficEvent } from '../traffic'
import { createInFlightLimit } from './in-flight-limit'
import { KEEP_FILES_MESSAGE } from './offline-copy'
import { watchWorkerMessages } from './worker-messages'
import { MSW_WORKER_VERSION, readWorkerMessage, replyWithNetworkError, type WorkerReplyPort } from './worker-protocol'
import { shortenWorkerRoundTrips } from './worker-shortcuts'
import {
  answerOf,
  keysOf,
  messagesOfType,
  payloadOf,
  settle,
  startWorker,
  type SandboxedWorker,
} from './testing/worker-sandbox'

const ROOT = new URL('../../../', import.meta.url)
const INSTALLED = new URL('node_modules/msw/lib/mockServiceWorker.js', ROOT)
const PUBLIC_COPY = new URL('public/mockServiceWorker.js', ROOT)
const PLAYGROUND_WORKER = new URL('public/playground-worker.js', ROOT)
const SCOPE = 'http://127.0.0.1:4173/learn/oauth2/'

// The fields serializeRequest and the RESPONSE and REQUEST_ERROR messages carry in msw 3.0.5. The
// page reads only some (worker-protocol.ts), but any change is a change of protocol to look at.
const REQUEST_FIELDS = ['id', 'url', 'mode', 'method', 'headers', 'cache', 'credentials', 'destination']
  .concat(['integrity', 'redirect', 'referrer', 'referrerPolicy', 'body', 'keepalive'])
  .sort()
const RESPONSE_PAYLOAD_FIELDS = ['isMockedResponse', 'request', 'response']
const RESPONSE_FIELDS = ['type', 'status', 'statusText', 'headers', 'body'].sort()
const ERROR_PAYLOAD_FIELDS = ['error', 'request']

/** The page: the shortcuts first, then the pairing of requests, then msw, which here only passes through. */
async function startPage(worker: SandboxedWorker) {
  const traffic: TrafficEvent[] = []
  const failures: string[] = []
  const reachedMsw: unknown[] = []
  shortenWorkerRoundTrips(
    { addEventListener: (_type, listener) => worker.onPage(listener) },
    {
      base: new URL(SCOPE),
      mounted: () => ({ app: createFirstStepsApp(new Set()), apiRoot: new URL(SCOPE) }),
      limit: createInFlightLimit(1, 50, () => undefined),
      report: () => (event) => traffic.push(event),
    },
  )
  const pairing = watchWorkerMessages(
    { addEventListener: (_type, listener) => worker.onPage(listener) },
    (id, message) => failures.push(`${id}: ${message}`),
  )
  worker.onPage((event) => {
    // msw, which answers what the shortcuts leave to it (here: passes it through, with the headers
    // its handlers saw) and pairs its own ids with the worker's, as mock-network.ts does.
    const message = readWorkerMessage(event.data)
    if (message) reachedMsw.push(event.data)
    const port = event.ports[0]
    if (message?.type !== 'REQUEST' || !port) return
    pairing.claim(`msw-${message.request.id}`, message.request.method, message.request.url)
    port.postMessage({ type: 'PASSTHROUGH', data: { request: { headers: [['x-from', 'msw']] } } })
  })
  await worker.message('MOCK_ACTIVATE')
  return { traffic, failures, reachedMsw, pairing }
}

describe.each([
  ['the installed msw worker', INSTALLED],
  ['the playground’s worker with the copy in public/', PLAYGROUND_WORKER],
])('%s', (_name, entry) => {
  it(`is msw ${MSW_WORKER_VERSION}'s, by its own integrity answer`, async () => {
    const worker = startWorker(entry, SCOPE)
    await worker.message('INTEGRITY_CHECK_REQUEST')
    const [answer] = messagesOfType(worker, 'INTEGRITY_CHECK_RESPONSE')
    expect(payloadOf(answer).packageVersion, 'PACKAGE_VERSION: check worker-protocol.ts against it').toBe(
      MSW_WORKER_VERSION,
    )
  })

  it('describes a request in a REQUEST message the shortcut reads, and takes its answer as bytes', async () => {
    const worker = startWorker(entry, SCOPE)
    const page = await startPage(worker)
    const sent = new Request(`${SCOPE}token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic Og==' },
      body: 'grant_type=password&username=alice&password=secret',
    })
    const answer = worker.fetch(sent)
    await settle()
    const [request] = messagesOfType(worker, 'REQUEST')
    expect(keysOf(payloadOf(request)), 'the REQUEST payload’s fields').toEqual(REQUEST_FIELDS)
    const read = readWorkerMessage(request)
    expect(read, 'the REQUEST message, as worker-protocol.ts reads it').toMatchObject({
      type: 'REQUEST',
      request: {
        url: `${SCOPE}token`,
        method: 'POST',
        mode: 'cors',
        credentials: 'same-origin',
        destination: '',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic Og==' },
      },
    })
    const body = read?.type === 'REQUEST' ? read.request.body : null
    expect(body && new TextDecoder().decode(body)).toBe('grant_type=password&username=alice&password=secret')
    expect(page.reachedMsw, 'msw heard of a request the shortcut answered').toEqual([])

    // The shortcut's MOCK_RESPONSE, as the worker turned it into the page's response.
    const response = await answerOf(answer)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('{"detail":"Not Found"}')
    expect(page.traffic.map((event) => event.kind)).toEqual(['request', 'response'])
  })

  it('sends the shortcut a RESPONSE copy under the request’s id, which it keeps from msw and closes', async () => {
    const worker = startWorker(entry, SCOPE)
    const page = await startPage(worker)
    await answerOf(worker.fetch(new Request(`${SCOPE}items/`, { headers: { authorization: 'Bearer abc' } })))
    await settle()
    const [request] = messagesOfType(worker, 'REQUEST')
    const [copy] = messagesOfType(worker, 'RESPONSE')
    expect(keysOf(payloadOf(copy)), 'the RESPONSE payload’s fields').toEqual(RESPONSE_PAYLOAD_FIELDS)
    expect(keysOf(payloadOf(copy).response), 'the RESPONSE payload’s response fields').toEqual(RESPONSE_FIELDS)
    const read = readWorkerMessage(copy)
    expect(read, 'the RESPONSE message, as worker-protocol.ts reads it').toMatchObject({
      type: 'RESPONSE',
      requestId: payloadOf(request).id,
    })
    const body = read?.type === 'RESPONSE' ? read.body : undefined
    expect(body).toBeInstanceOf(ReadableStream)
    // Cancelled by the shortcut: nothing left to read.
    expect(await (body as ReadableStream).getReader().read(), 'the copy’s stream was left open').toEqual({
      done: true,
      value: undefined,
    })
    expect(page.reachedMsw).toEqual([])
  })

  it('answers a request the page fails with a network error', async () => {
    const worker = startWorker(entry, SCOPE)
    let port: WorkerReplyPort | undefined
    worker.onPage((event) => (port = event.ports[0]))
    await worker.message('MOCK_ACTIVATE')
    const answer = worker.fetch(new Request(`${SCOPE}items/`))
    await settle()
    expect(port, 'the REQUEST message came with no port to reply on').toBeDefined()
    if (port) replyWithNetworkError(port)
    expect((await answerOf(answer)).type).toBe('error')
  })

  it('reports a request that got no answer in a REQUEST_ERROR message, paired with msw’s id', async () => {
    const worker = startWorker(entry, SCOPE)
    const page = await startPage(worker)
    worker.useNetwork(() => Promise.reject(worker.networkError('Failed to fetch')))
    const url = 'http://127.0.0.1:8000/items/'
    const outcome = answerOf(worker.fetch(new Request(url))).then(
      () => 'answered',
      (error: unknown) => String(error),
    )
    expect(await outcome).toBe('TypeError: Failed to fetch')
    await settle()
    const [error] = messagesOfType(worker, 'REQUEST_ERROR')
    expect(keysOf(payloadOf(error)), 'the REQUEST_ERROR payload’s fields').toEqual(ERROR_PAYLOAD_FIELDS)
    expect(readWorkerMessage(error)).toMatchObject({ type: 'REQUEST_ERROR', message: 'Failed to fetch' })
    const [request] = messagesOfType(worker, 'REQUEST')
    expect(page.failures).toEqual([`msw-${String(payloadOf(request).id)}: Failed to fetch`])
    expect(worker.printed).toEqual([])
  })
})

describe('the installed msw worker', () => {
  // The playground's worker never asks the page about these (the last test below); msw's does.
  it('sends a request the shortcut passes through as the browser made it', async () => {
    const worker = startWorker(INSTALLED, SCOPE)
    const page = await startPage(worker)
    const sent: Request[] = []
    worker.useNetwork((request, init) => {
      sent.push(new Request(request, init))
      return Promise.resolve(new Response('body { }'))
    })
    const answer = worker.fetch(new Request(`${SCOPE}assets/index.css`, { headers: { 'x-page': 'yes' } }))
    expect(await (await answerOf(answer)).text()).toBe('body { }')
    expect(sent.map((request) => [request.url, request.headers.get('x-page')])).toEqual([
      [`${SCOPE}assets/index.css`, 'yes'],
    ])
    expect(page.reachedMsw).toEqual([])
  })
})

describe('the worker in public/', () => {
  it('is the installed msw’s, byte for byte', () => {
    expect(readFileSync(PUBLIC_COPY, 'utf8'), 'run `npx msw init public` after updating msw').toBe(
      readFileSync(INSTALLED, 'utf8'),
    )
  })

  it('sends the page’s own files to the network, without a word to the page', async () => {
    const worker = startWorker(PLAYGROUND_WORKER, SCOPE)
    await startPage(worker)
    worker.useNetwork((request) => Promise.resolve(new Response(`network: ${request.url}`)))
    const answer = await answerOf(worker.fetch(new Request(`${SCOPE}assets/index.js`)))
    expect(await answer.text()).toBe(`network: ${SCOPE}assets/index.js`)
    expect(messagesOfType(worker, 'REQUEST')).toEqual([])
  })

  // The worker fetches what it keeps by URL, and hands a page load's Request on as it came.
  const urlOf = (request: Request | string) => (typeof request === 'string' ? request : request.url)

  it('keeps the files a page names, answers from them without a network, and keeps one build only', async () => {
    const worker = startWorker(PLAYGROUND_WORKER, SCOPE)
    await startPage(worker)
    worker.useNetwork((request) => Promise.resolve(new Response(`build a: ${urlOf(request)}`)))
    const keep = (version: string, urls: string[]) => worker.message({ type: KEEP_FILES_MESSAGE, version, urls })
    await keep('assets/index-a.js', [SCOPE, `${SCOPE}assets/index-a.js`, 'https://elsewhere.example/x.js'])
    worker.useNetwork(() => Promise.reject(worker.networkError('Failed to fetch')))

    const asset = await answerOf(worker.fetch(new Request(`${SCOPE}assets/index-a.js`)))
    expect(await asset.text()).toBe(`build a: ${SCOPE}assets/index-a.js`)
    // A lesson's URL is the page with a query: the kept page answers it.
    const page = await answerOf(worker.fetch({ url: `${SCOPE}?lesson=oauth2-jwt`, method: 'GET', mode: 'navigate' }))
    expect(await page.text()).toBe(`build a: ${SCOPE}`)
    // Nothing was kept for a file the page did not name: the network's failure stands.
    await expect(answerOf(worker.fetch(new Request(`${SCOPE}assets/other.js`)))).rejects.toThrow('Failed to fetch')
    expect(messagesOfType(worker, 'REQUEST')).toEqual([])

    worker.useNetwork((request) => Promise.resolve(new Response(`build b: ${urlOf(request)}`)))
    await keep('assets/index-b.js', [`${SCOPE}assets/index-b.js`])
    worker.useNetwork(() => Promise.reject(worker.networkError('Failed to fetch')))
    await expect(answerOf(worker.fetch(new Request(`${SCOPE}assets/index-a.js`)))).rejects.toThrow('Failed to fetch')
    const next = await answerOf(worker.fetch(new Request(`${SCOPE}assets/index-b.js`)))
    expect(await next.text()).toBe(`build b: ${SCOPE}assets/index-b.js`)
  })

  it('asks the network first for a page load, so that a new deploy is seen at once', async () => {
    const worker = startWorker(PLAYGROUND_WORKER, SCOPE)
    await startPage(worker)
    worker.useNetwork((request) => Promise.resolve(new Response(`old: ${urlOf(request)}`)))
    await worker.message({ type: KEEP_FILES_MESSAGE, version: 'assets/index-a.js', urls: [SCOPE] })
    worker.useNetwork((request) => Promise.resolve(new Response(`new: ${urlOf(request)}`)))
    const page = await answerOf(worker.fetch({ url: `${SCOPE}?lesson=first-steps`, method: 'GET', mode: 'navigate' }))
    expect(await page.text()).toBe(`new: ${SCOPE}?lesson=first-steps`)
  })
})
