// The page's cookie jar, playing the browser's (server/browser-cookies.ts): one per visit of a
// lesson, like a session. It lasts through the lesson's switches, the clock and the proxy setting,
// and is emptied when another lesson opens or the page loads again.
import { useLayoutEffect, useState } from 'react'
import type { LessonClock } from '../guide/lesson-clock'
import { createBrowserCookieJar, type BrowserCookieJar } from '../server/browser-cookies'
import type { LessonLocation } from './lesson-location'

export function useCookieJar(visit: LessonLocation, clock: Pick<LessonClock, 'now'>): BrowserCookieJar {
  // Cookies expire on the lesson clock, which the learner moves forward to watch one go.
  const [jar] = useState(() => createBrowserCookieJar(clock.now))
  // Before the app is mounted for the new visit (a layout effect of the shell declared after this one).
  useLayoutEffect(() => {
    jar.clear()
  }, [jar, visit])
  return jar
}
