// `?lesson=<id>` is the single source of "where am I". The page's path stays the base folder, so
// Swagger UI's relative tokenUrl "token" resolves to BASE + "token".
import { findLesson, lessons } from '../lessons/lesson-registry'
import type { Lesson } from '../lessons/lesson'

export interface LessonLocation {
  readonly lesson: Lesson
  /** The id asked for when it names no lesson, to tell the learner. */
  readonly unknownId: string | null
  /** `?try=<experiment-id>`: the experiment a link points at, highlighted on arrival. */
  readonly tryId: string | null
  /** `?view=embed`: only the docs, the traffic and the experiments, for another site's iframe. */
  readonly embed: boolean
}

export function lessonFromSearch(search: string): LessonLocation {
  const params = new URLSearchParams(search)
  const requested = params.get('lesson')
  const lesson = findLesson(requested)
  const fallback = lessons[0]
  if (!fallback) throw new Error('The lesson registry is empty')
  // An experiment belongs to the lesson it was linked with, never to the fallback.
  const tryId = lesson ? params.get('try') || null : null
  const embed = params.get('view') === 'embed'
  return lesson
    ? { lesson, unknownId: null, tryId, embed }
    : { lesson: fallback, unknownId: requested === null || requested === '' ? null : requested, tryId, embed }
}

/** The same page with another lesson; other query parameters but the experiment are kept. */
export function lessonHref(current: URL, lessonId: string): string {
  const next = new URL(current.href)
  next.searchParams.set('lesson', lessonId)
  next.searchParams.delete('try')
  next.hash = ''
  return `${next.pathname}${next.search}`
}

/** The same lesson as a whole page, for a link out of an embedded frame. */
export function wholePageHref(current: URL): string {
  const next = new URL(current.href)
  next.searchParams.delete('view')
  next.hash = ''
  return next.href
}
