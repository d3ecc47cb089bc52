// The stand-in's clock: real time plus an offset the learner moves forward, so that a token's
// `exp` can pass without waiting half an hour. Every fresh page and every lesson starts at real time.

export interface LessonClock {
  /** Milliseconds since the epoch, as the stand-in sees them. */
  readonly now: () => number
  readonly getOffsetMinutes: () => number
  readonly subscribe: (listener: () => void) => () => void
  readonly moveForward: (minutes: number) => void
  readonly reset: () => void
}

export function createLessonClock(realNow: () => number = () => Date.now()): LessonClock {
  let offsetMinutes = 0
  const listeners = new Set<() => void>()
  const set = (next: number) => {
    if (next === offsetMinutes) return
    offsetMinutes = next
    for (const listener of listeners) listener()
  }
  return {
    now: () => realNow() + offsetMinutes * 60_000,
    getOffsetMinutes: () => offsetMinutes,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    moveForward(minutes) {
      set(offsetMinutes + minutes)
    },
    reset() {
      set(0)
    },
  }
}
