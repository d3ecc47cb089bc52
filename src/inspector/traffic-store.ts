// The inspector's memory of the session: exchanges keyed by request id, patched as their events
// arrive, bounded, and published as one immutable snapshot per animation frame (at most one per
// MIN_PUBLISH_INTERVAL_MS), so that a burst of requests costs React one render, not one per event.
import { BoundedMap } from '../server/bounded-map'
import type { TrafficEvent, TrafficRequest } from '../server/traffic'
import type { Exchange, TrafficContext } from './exchange'
import { tokenUrlFromDocument } from './exchange-facts'
import { operationScopesFromDocument, type OperationScopes } from './scope-coverage'

export interface TrafficSnapshot {
  readonly exchanges: readonly Exchange[]
  /** How many of the oldest exchanges were let go to stay within `capacity`. */
  readonly dropped: number
  readonly capacity: number
  readonly paused: boolean
  /** Exchanges recorded while paused that the frozen list does not show yet. */
  readonly heldBack: number
  /** The password flow's tokenUrl as written in the latest OpenAPI document seen. */
  readonly tokenUrl: string | undefined
  /** What each secured operation of the latest OpenAPI document needs. */
  readonly operationScopes: readonly OperationScopes[]
  /** The exchanges forgotten when the learner left the previous lesson, until the next Clear. */
  readonly leftBehind: LeftBehind | undefined
}

export interface LeftBehind {
  readonly lessonTitle: string
  readonly count: number
}

export interface TrafficStore {
  /** `standInTime`: the stand-in's clock when the event arrived, kept with a request (see Exchange). */
  readonly record: (event: TrafficEvent, standInTime?: number) => void
  readonly setContext: (context: TrafficContext) => void
  readonly clear: () => void
  /**
   * The learner leaves a lesson: each lesson is its own place, so its exchanges are forgotten and
   * the snapshot says how many, of which lesson (nothing when there were none).
   */
  readonly leaveLesson: (lessonTitle: string) => void
  readonly setPaused: (paused: boolean) => void
  readonly subscribe: (listener: () => void) => () => void
  readonly getSnapshot: () => TrafficSnapshot
  /**
   * Calls the listener with each exchange as soon as its answer is recorded, paused or not and
   * without waiting for a frame; returns the function that stops listening.
   */
  readonly onAnswered: (listener: (exchange: Exchange) => void) => () => void
  /** The newest recorded exchange that passes the test, published or not yet. */
  readonly findLatest: (test: (exchange: Exchange) => boolean) => Exchange | undefined
  /**
   * Publishes what was recorded since the last snapshot now, not at the next frame: for a request
   * the learner just sent from the panel, which it selects at once and shows with its answer.
   */
  readonly publishNow: () => void
}

/** Runs a callback soon (once per frame in the browser); returns a function that cancels it. */
export type Scheduler = (callback: () => void) => () => void

export interface TrafficStoreOptions {
  readonly capacity?: number
  readonly schedule?: Scheduler
}

export const DEFAULT_CAPACITY = 1000
/**
 * The least time between two snapshots. A render per frame during a run of back-to-back requests
 * tripled their latency (each render delays the next request's handler, which runs on the page's
 * main thread); one render per 250 ms costs a few per cent. A lone request still shows at once.
 */
export const MIN_PUBLISH_INTERVAL_MS = 250
// Answers can overtake their requests (both bodies are read asynchronously); keep a few waiting.
const ORPHAN_LIMIT = 50

export const nextAnimationFrame: Scheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(callback)
    return () => {
      cancelAnimationFrame(handle)
    }
  }
  const handle = setTimeout(callback, 16)
  return () => {
    clearTimeout(handle)
  }
}

/** The next animation frame that is at least `minIntervalMs` after the last one it ran. */
export function throttledFrames(minIntervalMs = MIN_PUBLISH_INTERVAL_MS, clock = () => performance.now()): Scheduler {
  let last = -Infinity
  return (callback) => {
    const run = () => {
      last = clock()
      callback()
    }
    const wait = last + minIntervalMs - clock()
    if (wait <= 0) return nextAnimationFrame(run)
    let cancel = () => {
      clearTimeout(timer)
    }
    const timer = setTimeout(() => {
      cancel = nextAnimationFrame(run)
    }, wait)
    return () => {
      cancel()
    }
  }
}

export function createTrafficStore(options: TrafficStoreOptions = {}): TrafficStore {
  const capacity = options.capacity ?? DEFAULT_CAPACITY
  const schedule = options.schedule ?? throttledFrames()
  const exchanges = new BoundedMap<string, Exchange>(capacity, () => {
    dropped += 1
  })
  const orphans = new BoundedMap<string, TrafficEvent>(ORPHAN_LIMIT)
  const listeners = new Set<() => void>()
  const answerListeners = new Set<(exchange: Exchange) => void>()
  let context: TrafficContext = { lessonId: '', apiRoot: '', docsPage: '' }
  let seq = 0
  let dropped = 0
  let tokenUrl: string | undefined
  let operationScopes: readonly OperationScopes[] = []
  let paused = false
  let heldBack = 0
  let leftBehind: LeftBehind | undefined
  let dirty = false
  let cancelFrame: (() => void) | undefined
  let snapshot: TrafficSnapshot = freeze()

  function freeze(): TrafficSnapshot {
    return {
      exchanges: [...exchanges.values()],
      dropped,
      capacity,
      paused,
      heldBack,
      tokenUrl,
      operationScopes,
      leftBehind,
    }
  }

  function forgetAll(): void {
    exchanges.clear()
    orphans.clear()
    dropped = 0
    heldBack = 0
    snapshot = freeze()
    for (const listener of listeners) listener()
  }

  /** Brings the snapshot up to date; whether anything changed since the last one. */
  function refresh(): boolean {
    if (!dirty) return false
    dirty = false
    if (paused) snapshot = { ...snapshot, paused, heldBack, dropped }
    else snapshot = freeze()
    return true
  }

  function publish(): void {
    cancelFrame = undefined
    if (refresh()) for (const listener of listeners) listener()
  }

  function changed(): void {
    dirty = true
    // Nobody is looking (the panel is closed): publish when someone subscribes.
    if (listeners.size > 0 && !cancelFrame) cancelFrame = schedule(publish)
  }

  function put(exchange: Exchange): void {
    exchanges.set(exchange.id, exchange)
  }

  function patch(event: Exclude<TrafficEvent, TrafficRequest>): void {
    const exchange = exchanges.get(event.id)
    if (!exchange) {
      orphans.set(event.id, event)
      return
    }
    if (event.kind === 'response') {
      const answered = { ...exchange, response: event }
      exchanges.set(event.id, answered)
      if (/\/openapi\.json$/.test(new URL(exchange.request.url).pathname)) {
        tokenUrl = tokenUrlFromDocument(event.body) ?? tokenUrl
        operationScopes = operationScopesFromDocument(event.body) ?? operationScopes
      }
      for (const listener of answerListeners) listener(answered)
    } else {
      exchanges.set(event.id, { ...exchange, failure: event.message })
    }
  }

  function record(event: TrafficEvent, standInTime?: number): void {
    if (event.kind === 'request') {
      seq += 1
      if (paused) heldBack += 1
      put({
        seq,
        id: event.id,
        context,
        request: event,
        response: undefined,
        failure: undefined,
        ...(standInTime !== undefined && { standInTime }),
      })
      const early = orphans.get(event.id)
      if (early && early.kind !== 'request') {
        orphans.delete(event.id)
        patch(early)
      }
    } else {
      patch(event)
    }
    changed()
  }

  return {
    record,
    setContext(next) {
      context = next
    },
    clear() {
      leftBehind = undefined
      forgetAll()
    },
    leaveLesson(lessonTitle) {
      const count = exchanges.size
      leftBehind = count === 0 ? undefined : { lessonTitle, count }
      forgetAll()
    },
    setPaused(next) {
      if (next === paused) return
      paused = next
      heldBack = 0
      if (!paused) snapshot = freeze()
      else snapshot = { ...snapshot, paused }
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      if (dirty && !cancelFrame) cancelFrame = schedule(publish)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && cancelFrame) {
          cancelFrame()
          cancelFrame = undefined
        }
      }
    },
    getSnapshot() {
      // Nobody listened (the inspector was not open yet, or closed): a new reader gets what was
      // recorded meanwhile at once, not a stale list and the real one a frame later. The
      // announcer counts the first list it reads as old news; a stale empty one made every
      // exchange before it news, folded into the learner's next announcement.
      if (listeners.size === 0) refresh()
      return snapshot
    },
    onAnswered(listener) {
      answerListeners.add(listener)
      return () => {
        answerListeners.delete(listener)
      }
    },
    findLatest(test) {
      let found: Exchange | undefined
      for (const exchange of exchanges.values()) if (test(exchange)) found = exchange
      return found
    },
    publishNow() {
      cancelFrame?.()
      publish()
    },
  }
}
