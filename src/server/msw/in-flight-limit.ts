// Keeps the page painting while requests pour in. The stand-in answers on the page's main
// thread, and every answer sets off a train of tasks there: msw's messages, the body's stream,
// the page reading it. With eight requests in flight those tasks queue up ahead of the next
// frame and hold it back for 50 to 100 ms. Taking them one at a time keeps frames short and is
// even a little faster, since they no longer contend; a lone request never waits. And while a
// frame is overdue, new requests wait for it (frame-gate.ts).
import { browserFrameGate, type FrameGate } from './frame-gate'

/** Requests inside the stand-in at once, from entering the handler until msw reports the answer. */
export const MAX_IN_FLIGHT = 1

/**
 * A request still unanswered after this is waiting on something other than the main thread
 * (a login's Argon2 worker, or a page that went away): it stops holding its place.
 */
export const STEP_ASIDE_AFTER_MS = 50

export interface InFlightLimit {
  /** Resolves when the request may go in: at once while there is room, else when one leaves. */
  readonly enter: (requestId: string) => Promise<void>
  /** The request's answer has been reported: let the next one in. Unknown ids are ignored. */
  readonly leave: (requestId: string) => void
}

export function createInFlightLimit(
  max = MAX_IN_FLIGHT,
  stepAsideAfterMs = STEP_ASIDE_AFTER_MS,
  frameGate: FrameGate = browserFrameGate(),
): InFlightLimit {
  const inside = new Map<string, ReturnType<typeof setTimeout>>()
  const waiting: { readonly requestId: string; readonly go: () => void }[] = []

  function admit(requestId: string): void {
    inside.set(
      requestId,
      setTimeout(() => {
        leave(requestId)
      }, stepAsideAfterMs),
    )
  }

  function leave(requestId: string): void {
    const timer = inside.get(requestId)
    if (timer === undefined) return
    clearTimeout(timer)
    inside.delete(requestId)
    const next = waiting.shift()
    if (next) {
      admit(next.requestId)
      next.go()
    }
  }

  function enterNow(requestId: string): Promise<void> {
    if (inside.size < max) {
      admit(requestId)
      return Promise.resolve()
    }
    return new Promise((go) => {
      waiting.push({ requestId, go })
    })
  }

  return {
    enter(requestId) {
      // A frame overdue comes first: the request waits for it, then for its turn.
      const frame = frameGate()
      return frame ? frame.then(() => enterNow(requestId)) : enterNow(requestId)
    },
    leave,
  }
}
