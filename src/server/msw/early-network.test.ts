import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../../lessons/first-steps/first-steps-app'
import type { MockNetwork, Mount, Reach, TrafficEvent } from '../traffic'
import { NO_MULTIPART } from '../../lessons/simple-oauth2/mistake-ids'
import { createSimpleOAuth2App } from '../../lessons/simple-oauth2/simple-oauth2-app'
import { createEarlyNetwork, documentUrlOf } from './early-network'

const apiRoot = new URL('http://localhost:4174/learn/oauth2/')
const BASE_URI = 'http://localhost:4174/learn/oauth2/?lesson=first-steps'

/** A page whose network answers 599 with the URL it was asked for, and counts the calls. */
function fakePage() {
  const sent: string[] = []
  const page = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : new URL(String(input), BASE_URI).href
      sent.push(init?.method === 'POST' ? `POST ${url}` : url)
      return Promise.resolve(new Response(`network: ${url}`, { status: 599 }))
    },
  }
  return { page, sent }
}

function setUp() {
  const { page, sent } = fakePage()
  const early = createEarlyNetwork(page, () => BASE_URI)
  const events: TrafficEvent[] = []
  early.onTraffic((event) => events.push(event))
  const mount: Mount = { app: createFirstStepsApp(new Set()), apiRoot }
  return { page, sent, early, events, mount }
}

/** The mock, once started: what it was mounted with, and a way to send traffic through it. */
function fakeMock() {
  const mounts: (Mount | 'unmounted')[] = []
  let traffic: ((event: TrafficEvent) => void) | undefined
  let reach: ((reach: Reach) => void) | undefined
  const network: MockNetwork = {
    mount: (mount) => mounts.push(mount),
    unmount: () => mounts.push('unmounted'),
    onTraffic: (listener) => {
      traffic = listener
      return () => undefined
    },
    onReach: (listener) => {
      reach = listener
      return () => undefined
    },
  }
  return { network, mounts, send: (event: TrafficEvent) => traffic?.(event), reach: (next: Reach) => reach?.(next) }
}

describe('the page before the mock has started', () => {
  it('answers the OpenAPI document from the mounted stand-in, byte for byte, and reports it once', async () => {
    const { page, sent, early, events, mount } = setUp()
    early.mount(mount)
    const response = await page.fetch(documentUrlOf(apiRoot), { headers: { accept: 'application/json' } })
    const expected = await mount.app.handle(new Request(documentUrlOf(apiRoot)), '/learn/oauth2')
    expect(sent).toEqual([])
    expect(response.status).toBe(200)
    expect(response.url).toBe('http://localhost:4174/learn/oauth2/openapi.json')
    expect(await response.text()).toBe(await expected.response.text())
    expect(events.map((event) => event.kind)).toEqual(['request', 'response'])
    const [request, answer] = events
    expect(request).toMatchObject({ method: 'GET', url: documentUrlOf(apiRoot), body: '' })
    expect(answer).toMatchObject({ id: request?.id, status: 200, answeredBy: 'stand-in', route: 'page-before-mock' })
    expect(answer?.kind === 'response' && answer.record?.steps.length).toBeGreaterThan(0)
  })

  it('fails the document’s fetch as a refused connection does when the app never started, and reports no answer', async () => {
    const { page, sent, early, events } = setUp()
    early.mount({ app: createSimpleOAuth2App(new Set([NO_MULTIPART])), apiRoot })
    await expect(page.fetch(documentUrlOf(apiRoot))).rejects.toThrow(new TypeError('Failed to fetch'))
    expect(sent).toEqual([])
    expect(events.map((event) => event.kind)).toEqual(['request', 'response'])
    expect(events[1]).toMatchObject({ status: 0, body: '', route: 'page-before-mock' })
  })

  it('holds any other request for the stand-in until the mock is there, then sends it through the page’s fetch', async () => {
    const { page, sent, early, events, mount } = setUp()
    early.mount(mount)
    let answered = false
    const pending = page.fetch('items/', { headers: { authorization: 'Bearer t' } }).then((response) => {
      answered = true
      return response
    })
    const post = page.fetch(documentUrlOf(apiRoot), { method: 'POST' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(answered).toBe(false)
    expect(sent).toEqual([])
    early.handOver(fakeMock().network)
    expect((await pending).status).toBe(599)
    expect((await post).status).toBe(599)
    expect(sent).toEqual([new URL('items/', apiRoot).href, `POST ${documentUrlOf(apiRoot)}`])
    expect(events).toEqual([])
  })

  it('lets everything else go to the network at once: the page’s own files, other sites, nothing mounted', async () => {
    const { page, sent, early, mount } = setUp()
    await page.fetch(documentUrlOf(apiRoot))
    early.mount(mount)
    await page.fetch('assets/index.js')
    await page.fetch('https://example.com/openapi.json')
    expect(sent).toEqual([
      documentUrlOf(apiRoot),
      'http://localhost:4174/learn/oauth2/assets/index.js',
      'https://example.com/openapi.json',
    ])
  })

  it('answers nothing while a real server answers instead of the stand-in', async () => {
    const { page, sent, early, mount } = setUp()
    early.mount(mount)
    early.unmount()
    await page.fetch(documentUrlOf(apiRoot))
    expect(sent).toEqual([documentUrlOf(apiRoot)])
  })
})

describe('once the mock has started', () => {
  it('mounts what the page had mounted, and passes every request and the mock’s traffic through', async () => {
    const { page, sent, early, events, mount } = setUp()
    early.mount(mount)
    const mock = fakeMock()
    early.handOver(mock.network)
    expect(mock.mounts).toEqual([mount])
    await page.fetch(documentUrlOf(apiRoot))
    expect(sent).toEqual([documentUrlOf(apiRoot)])
    mock.send({ kind: 'failure', id: '7', message: 'Failed to fetch' })
    expect(events).toEqual([{ kind: 'failure', id: '7', message: 'Failed to fetch' }])
    const reached: Reach[] = []
    early.onReach((next) => reached.push(next))
    mock.reach({ reached: true })
    expect(reached).toEqual([{ reached: true }])
    early.unmount()
    expect(mock.mounts).toEqual([mount, 'unmounted'])
  })

  it('tells the mock that a real server answers, when that was chosen before it started', () => {
    const { early, mount } = setUp()
    early.mount(mount)
    early.unmount()
    const mock = fakeMock()
    early.handOver(mock.network)
    expect(mock.mounts).toEqual(['unmounted'])
  })

  it('sends the held requests to the network when the mock could not start', async () => {
    const { page, sent, early, mount } = setUp()
    early.mount(mount)
    const pending = page.fetch('items/')
    early.giveUp()
    expect((await pending).status).toBe(599)
    expect(sent).toEqual([new URL('items/', apiRoot).href])
  })
})
