// The stand-in's clock for this page: one per page, back at real time on every visit, so that a
// lesson never starts with a clock the learner moved forward in another.
import { useLayoutEffect, useState } from 'react'
import { createLessonClock, type LessonClock } from '../guide/lesson-clock'
import type { LessonLocation } from './lesson-location'

export function useLessonClock(visit: LessonLocation): LessonClock {
  const [clock] = useState(() => createLessonClock())
  // Before the browser paints the new visit and before the app is mounted for it (a layout
  // effect of the shell declared after this one), so no request sees the old offset.
  useLayoutEffect(() => {
    clock.reset()
  }, [clock, visit])
  return clock
}
