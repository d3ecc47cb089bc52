// Keeps the page painting while requests pour in. The stand-in answers on the page's main
// thread, and every answer sets off a train of tasks there: msw's messages, the body's stream,
// the page reading it. With eight requests in flight those tasks queue up ahead of the next
// frame and hold it back for 50 to 100 ms; with two, frames stay short. The main thread cannot
// answer faster anyway, so a queue costs no throughput, and a lone request never waits.

/** Requests inside the stand-in at once, from entering the handler until msw reports the answer. */
export const MAX_IN_FLIGHT = 2

/** A request whose answer is never reported (its page went away) frees its place after this. */
export const FORGET_AFTER_MS = 2000

export interface InFlightLimit {
  /** Resolves when the request may go in: at once while there is room, else when one leaves. */
  readonly enter: (requestId: string) => Promise<void>
  /** The request's answer has been reported: let the next one in. Unknown ids are ignored. */
  readonly leave: (requestId: string) => void
}

export function createInFlightLimit(max = MAX_IN_FLIGHT, forgetAfterMs = FORGET_AFTER_MS): InFlightLimit {
  const inside = new Map<string, ReturnType<typeof setTimeout>>()
  const waiting: { readonly requestId: string; readonly go: () => void }[] = []

  function admit(requestId: string): void {
    inside.set(
      requestId,
      setTimeout(() => {
        leave(requestId)
      }, forgetAfterMs),
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

  return {
    enter(requestId) {
      if (inside.size < max) {
        admit(requestId)
        return Promise.resolve()
      }
      return new Promise((go) => {
        waiting.push({ requestId, go })
      })
    },
    leave,
  }
}
