import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TrafficEvent } from '../server/traffic'
import { createTrafficStore, throttledFrames, type Scheduler } from './traffic-store'
import { TEST_CONTEXT, TEST_ROOT } from '../testing/test-exchange'

/** A scheduler that runs queued frames only when the test says so. */
function manualFrames() {
  const queue: (() => void)[] = []
  const schedule: Scheduler = (callback) => {
    queue.push(callback)
    return () => {
      const index = queue.indexOf(callback)
      if (index !== -1) queue.splice(index, 1)
    }
  }
  return {
    schedule,
    pending: () => queue.length,
    runFrame: () => {
      for (const callback of queue.splice(0)) callback()
    },
  }
}

function requestEvent(id: string, path = 'items/', extra: Partial<Extract<TrafficEvent, { kind: 'request' }>> = {}) {
  return {
    kind: 'request',
    id,
    method: 'GET',
    url: `${TEST_ROOT}${path}`,
    headers: [],
    body: '',
    startedAt: 10,
    ...extra,
  } satisfies TrafficEvent
}

function responseEvent(id: string, status = 200, body = '{}') {
  return {
    kind: 'response',
    id,
    status,
    statusText: 'OK',
    headers: [['content-type', 'application/json']],
    body,
    finishedAt: 15,
    answeredBy: 'stand-in',
    route: 'worker-reply',
    record: undefined,
  } satisfies TrafficEvent
}

function setUp(capacity?: number) {
  const frames = manualFrames()
  const store = createTrafficStore({ capacity, schedule: frames.schedule })
  store.setContext(TEST_CONTEXT)
  let notified = 0
  const unsubscribe = store.subscribe(() => {
    notified += 1
  })
  return { store, frames, notified: () => notified, unsubscribe }
}

describe('the traffic store', () => {
  it('joins a request and its response into one exchange, numbered in arrival order', () => {
    const { store, frames } = setUp()
    store.record(requestEvent('a'))
    store.record(requestEvent('b', 'token'))
    store.record(responseEvent('a', 401))
    frames.runFrame()
    const [first, second] = store.getSnapshot().exchanges
    expect(first?.seq).toBe(1)
    expect(first?.response?.status).toBe(401)
    expect(first?.context).toEqual(TEST_CONTEXT)
    expect(second?.seq).toBe(2)
    expect(second?.response).toBeUndefined()
  })

  it('keeps the stand-in’s clock of the moment each request arrived, for replays against the real app', () => {
    const { store, frames } = setUp()
    store.record(requestEvent('a'), 1_800_000)
    store.record(responseEvent('a', 401), 1_900_000)
    store.record(requestEvent('b'))
    frames.runFrame()
    const [first, second] = store.getSnapshot().exchanges
    expect(first?.standInTime).toBe(1_800_000)
    expect(second && 'standInTime' in second).toBe(false)
  })

  it('publishes one snapshot per frame however many events arrive in it', () => {
    const { store, frames, notified } = setUp()
    const before = store.getSnapshot()
    for (let index = 0; index < 50; index += 1) {
      store.record(requestEvent(`r${index}`))
      store.record(responseEvent(`r${index}`))
    }
    expect(store.getSnapshot()).toBe(before)
    expect(frames.pending()).toBe(1)
    frames.runFrame()
    expect(notified()).toBe(1)
    expect(store.getSnapshot().exchanges).toHaveLength(50)
  })

  it('schedules no frames while nobody is subscribed, and catches up on subscribe', () => {
    const { store, frames, unsubscribe } = setUp()
    unsubscribe()
    store.record(requestEvent('a'))
    expect(frames.pending()).toBe(0)
    store.subscribe(() => undefined)
    expect(frames.pending()).toBe(1)
    frames.runFrame()
    expect(store.getSnapshot().exchanges).toHaveLength(1)
  })

  it('gives a reader who is not subscribed yet what was recorded meanwhile, not a stale list', () => {
    const { store, frames, unsubscribe } = setUp()
    store.record(requestEvent('a'))
    frames.runFrame()
    unsubscribe()
    store.record(responseEvent('a'))
    store.record(requestEvent('b'))
    // As a panel that opens now reads it (useSyncExternalStore reads before it subscribes).
    const first = store.getSnapshot()
    expect(first.exchanges.map((exchange) => [exchange.id, exchange.response?.status])).toEqual([
      ['a', 200],
      ['b', undefined],
    ])
    // Read again without a change: the same snapshot, as useSyncExternalStore requires.
    expect(store.getSnapshot()).toBe(first)
    store.subscribe(() => undefined)
    frames.runFrame()
    expect(store.getSnapshot()).toBe(first)
  })

  it('publishes at once when asked, so that an answer is not held back by a frame that showed its request', () => {
    const { store, frames, notified } = setUp()
    // Inside the page, the request's event and its answer's come from two reads of their bodies,
    // and a frame can fall between them: the list shows the exchange pending…
    store.record(requestEvent('a', 'token'))
    frames.runFrame()
    store.record(responseEvent('a'))
    expect(store.getSnapshot().exchanges.map((exchange) => exchange.response?.status)).toEqual([undefined])
    // …and its answer waits for the next frame (a quarter of a second later, in the browser).
    expect(frames.pending()).toBe(1)
    store.publishNow()
    expect(store.getSnapshot().exchanges.map((exchange) => exchange.response?.status)).toEqual([200])
    expect(notified()).toBe(2)
    expect(frames.pending()).toBe(0)
    // Nothing new: no snapshot, no notice.
    store.publishNow()
    expect(notified()).toBe(2)
  })

  it('keeps the newest exchanges within its capacity and counts the dropped ones', () => {
    const { store, frames } = setUp(3)
    for (const id of ['a', 'b', 'c', 'd', 'e']) store.record(requestEvent(id))
    frames.runFrame()
    const snapshot = store.getSnapshot()
    expect(snapshot.exchanges.map((exchange) => exchange.id)).toEqual(['c', 'd', 'e'])
    expect(snapshot.dropped).toBe(2)
    expect(snapshot.capacity).toBe(3)
  })

  it('attaches an answer that arrived before its request', () => {
    const { store, frames } = setUp()
    store.record(responseEvent('a', 307))
    store.record(requestEvent('a'))
    frames.runFrame()
    expect(store.getSnapshot().exchanges[0]?.response?.status).toBe(307)
  })

  it('records a failure on its exchange', () => {
    const { store, frames } = setUp()
    store.record(requestEvent('a'))
    store.record({ kind: 'failure', id: 'a', message: 'boom' })
    frames.runFrame()
    expect(store.getSnapshot().exchanges[0]?.failure).toBe('boom')
  })

  it('clears at once, and keeps numbering where it was', () => {
    const { store, frames, notified } = setUp(1)
    store.record(requestEvent('a'))
    store.record(requestEvent('b'))
    frames.runFrame()
    store.clear()
    expect(notified()).toBe(2)
    expect(store.getSnapshot()).toMatchObject({ exchanges: [], dropped: 0 })
    store.record(requestEvent('c'))
    frames.runFrame()
    expect(store.getSnapshot().exchanges[0]?.seq).toBe(3)
  })

  it('forgets a lesson’s exchanges when the learner leaves it, and says how many until the next Clear', () => {
    const { store, frames, notified } = setUp()
    store.record(requestEvent('a'))
    store.record(responseEvent('a'))
    store.record(requestEvent('b'))
    frames.runFrame()
    store.leaveLesson('First steps')
    expect(notified()).toBe(2)
    expect(store.getSnapshot()).toMatchObject({ exchanges: [], leftBehind: { lessonTitle: 'First steps', count: 2 } })
    // An answer to a request of the lesson left behind does not bring it back.
    store.record(responseEvent('b'))
    store.record(requestEvent('c'))
    frames.runFrame()
    expect(store.getSnapshot().exchanges.map((exchange) => exchange.id)).toEqual(['c'])
    expect(store.getSnapshot().leftBehind).toEqual({ lessonTitle: 'First steps', count: 2 })

    store.clear()
    expect(store.getSnapshot().leftBehind).toBeUndefined()
    store.leaveLesson('Simple OAuth2')
    // Nothing was left behind: nothing to say.
    store.leaveLesson('Get the current user')
    expect(store.getSnapshot()).toMatchObject({ exchanges: [], leftBehind: undefined })
  })

  it('freezes the list while paused, counts what it holds back, and shows it all on resume', () => {
    const { store, frames } = setUp()
    store.record(requestEvent('a'))
    frames.runFrame()
    store.setPaused(true)
    store.record(requestEvent('b'))
    store.record(requestEvent('c'))
    frames.runFrame()
    expect(store.getSnapshot()).toMatchObject({ paused: true, heldBack: 2 })
    expect(store.getSnapshot().exchanges).toHaveLength(1)
    store.setPaused(false)
    expect(store.getSnapshot()).toMatchObject({ paused: false, heldBack: 0 })
    expect(store.getSnapshot().exchanges).toHaveLength(3)
  })

  it('remembers the tokenUrl of the latest OpenAPI document it saw', () => {
    const { store, frames } = setUp()
    const document = JSON.stringify({
      components: { securitySchemes: { OAuth2PasswordBearer: { flows: { password: { tokenUrl: 'token' } } } } },
    })
    store.record(requestEvent('doc', 'openapi.json'))
    store.record(responseEvent('doc', 200, document))
    frames.runFrame()
    expect(store.getSnapshot().tokenUrl).toBe('token')
  })

  it('finds the newest exchange that passes a test before it is published', () => {
    const { store } = setUp()
    store.record(requestEvent('a', 'items/'))
    store.record(requestEvent('b', 'items/'))
    store.record(requestEvent('c', 'token'))
    expect(store.findLatest((exchange) => exchange.request.url.endsWith('items/'))?.id).toBe('b')
  })

  it('stays quick after 10,000 exchanges, published a frame at a time', () => {
    const { store, frames } = setUp()
    const started = performance.now()
    for (let index = 0; index < 10_000; index += 1) {
      store.record(requestEvent(`r${index}`))
      store.record(responseEvent(`r${index}`))
      if (index % 20 === 0) frames.runFrame()
    }
    frames.runFrame()
    const elapsed = performance.now() - started
    const snapshot = store.getSnapshot()
    expect(snapshot.exchanges).toHaveLength(snapshot.capacity)
    expect(snapshot.dropped).toBe(10_000 - snapshot.capacity)
    expect(snapshot.exchanges.at(-1)?.seq).toBe(10_000)
    expect(elapsed).toBeLessThan(1500)
  })
})

describe('the default publishing pace', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('publishes a lone change on the next frame, and the next ones no sooner than the interval', () => {
    vi.useFakeTimers()
    const schedule = throttledFrames(250, () => Date.now())
    const runs: number[] = []
    const started = Date.now()
    schedule(() => runs.push(Date.now() - started))
    vi.advanceTimersByTime(20)
    expect(runs).toHaveLength(1)
    schedule(() => runs.push(Date.now() - started))
    vi.advanceTimersByTime(200)
    expect(runs).toHaveLength(1)
    vi.advanceTimersByTime(100)
    expect(runs).toHaveLength(2)
    expect(runs[1]).toBeGreaterThanOrEqual(250)
  })

  it('can be cancelled while it waits out the interval', () => {
    vi.useFakeTimers()
    const schedule = throttledFrames(250, () => Date.now())
    let runs = 0
    schedule(() => (runs += 1))
    vi.advanceTimersByTime(20)
    const cancel = schedule(() => (runs += 1))
    cancel()
    vi.advanceTimersByTime(1000)
    expect(runs).toBe(1)
  })
})
