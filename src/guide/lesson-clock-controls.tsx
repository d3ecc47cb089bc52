import { useSyncExternalStore } from 'react'
import type { LessonClock } from './lesson-clock'

/** The steps the clock moves by: a few minutes, and a whole token lifetime. */
export const CLOCK_STEPS_MINUTES = [5, 30] as const

export function LessonClockControls({ clock }: { readonly clock: LessonClock }) {
  const offset = useSyncExternalStore(clock.subscribe, clock.getOffsetMinutes)
  return (
    <fieldset className="lesson-clock">
      <legend>Lesson clock</legend>
      <p role="status">
        {offset === 0
          ? 'The stand-in runs on real time.'
          : `The stand-in’s clock is ${offset} minutes ahead of real time.`}
      </p>
      {CLOCK_STEPS_MINUTES.map((minutes) => (
        <button
          key={minutes}
          type="button"
          onClick={() => {
            clock.moveForward(minutes)
          }}
        >
          Move time forward {minutes} minutes
        </button>
      ))}{' '}
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => {
          clock.reset()
        }}
      >
        Back to real time
      </button>
    </fieldset>
  )
}
