// Keeps the stand-in from starting work while the page is overdue for a frame. The stand-in runs
// on the page's main thread, and a stream of requests (each a train of small tasks: msw's
// messages, the handler, the body streams) can fill that thread so that the browser finds no
// moment to paint. When a frame is overdue, new requests wait for it to be painted; the ones
// already inside carry on. A request into a page that paints on time never waits.

/** How long after the last frame (or since requests began) new requests may still go in. */
export const FRAME_BUDGET_MS = 24
/** Hidden pages get no frames: nobody waits longer than this for one. */
export const FRAME_WAIT_LIMIT_MS = 100

export interface FrameClock {
  readonly now: () => number
  /** Calls back before the next frame is painted (requestAnimationFrame). */
  readonly beforeNextFrame: (callback: () => void) => void
  /** Runs a callback in a task of its own, soon: after a frame, that is once it is painted. */
  readonly later: (callback: () => void, delayMs?: number) => void
  readonly hidden: () => boolean
}

/** Resolves when a new request may start; undefined when it may start at once. */
export type FrameGate = () => Promise<void> | undefined

export function createFrameGate(clock: FrameClock, budgetMs = FRAME_BUDGET_MS): FrameGate {
  let watching = false
  let since = 0
  let waiting: (() => void)[] = []

  function release(): void {
    const ready = waiting
    waiting = []
    for (const go of ready) go()
  }

  function watch(): void {
    if (watching) return
    watching = true
    since = clock.now()
    clock.beforeNextFrame(() => {
      watching = false
      if (waiting.length > 0) clock.later(release)
    })
  }

  return () => {
    if (clock.hidden()) return undefined
    const wasWatching = watching
    watch()
    if (!wasWatching || clock.now() - since < budgetMs) return undefined
    return new Promise<void>((go) => {
      if (waiting.length === 0) clock.later(release, FRAME_WAIT_LIMIT_MS)
      waiting.push(go)
    })
  }
}

/** The page's own frames; no gate at all where there are none (tests, workers). */
export function browserFrameGate(): FrameGate {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined') return () => undefined
  return createFrameGate({
    now: () => performance.now(),
    beforeNextFrame: (callback) => {
      requestAnimationFrame(callback)
    },
    later: (callback, delayMs = 0) => {
      setTimeout(callback, delayMs)
    },
    hidden: () => document.visibilityState === 'hidden',
  })
}
