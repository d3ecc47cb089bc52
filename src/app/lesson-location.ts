// `?lesson=<id>` is the single source of "where am I". The page's path stays the base folder, so
// Swagger UI's relative tokenUrl "token" resolves to BASE + "token".
import type { Lesson } from '../lessons/lesson'
import { findLesson, lessons } from '../lessons/lesson-registry'
import type { LessonMistake } from '../lessons/mistake'
import { isFastApiRelease, type FastApiRelease } from '../server/fastapi-release'

export interface LessonLocation {
  readonly lesson: Lesson
  /** The id asked for when it names no lesson, to tell the learner. */
  readonly unknownId: string | null
  /** `?try=<experiment-id>`: the experiment a link points at, highlighted on arrival. */
  readonly tryId: string | null
  /** `?view=embed`: only the docs, the traffic and the experiments, for another site's iframe. */
  readonly embed: boolean
  /** `?mistake=<id>`: one of the lesson's mistakes, switched on. */
  readonly mistake: LessonMistake | null
  /** `?fastapi=0.92`: which FastAPI the stand-in answers as; current unless asked. */
  readonly release: FastApiRelease
  /** What the URL asked for but this lesson cannot do, to tell the learner. */
  readonly ignored: readonly string[]
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
  const shown = lesson ?? fallback
  const ignored: string[] = []

  const mistakeId = params.get('mistake') || null
  // A mistake belongs to its lesson: on another lesson it would be a different app.
  const mistake = (lesson && shown.mistakes.find((candidate) => candidate.id === mistakeId)) ?? null
  if (mistakeId !== null && mistake === null) {
    ignored.push(
      `There is no mistake called “${mistakeId}” in “${shown.title}”; the app runs as the tutorial wrote it.`,
    )
  }

  const releaseAsked = params.get('fastapi') || null
  let release: FastApiRelease = 'current'
  if (releaseAsked !== null) {
    if (isFastApiRelease(releaseAsked)) release = releaseAsked
    else ignored.push(`FastAPI ${releaseAsked} is not one the playground answers as; it answers as today’s FastAPI.`)
  }

  if (release !== 'current' && mistake?.currentOnly) {
    ignored.push(
      `The mistake “${mistake.title}” answers as today’s FastAPI only, so FastAPI ${release} is not used here.`,
    )
    release = 'current'
  }

  return {
    lesson: shown,
    unknownId: lesson || requested === null || requested === '' ? null : requested,
    tryId,
    embed,
    mistake,
    release,
    ignored,
  }
}

/** The same page with another lesson; other query parameters but the experiment and mistake are kept. */
export function lessonHref(current: URL, lessonId: string): string {
  const next = new URL(current.href)
  next.searchParams.set('lesson', lessonId)
  next.searchParams.delete('try')
  next.searchParams.delete('mistake')
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

/** The same lesson with one of its mistakes switched on, or with none (`null`): a fresh load. */
export function mistakeHref(current: URL, mistakeId: string | null): string {
  const next = new URL(current.href)
  if (mistakeId === null) next.searchParams.delete('mistake')
  else next.searchParams.set('mistake', mistakeId)
  next.searchParams.delete('try')
  next.hash = ''
  return `${next.pathname}${next.search}`
}
