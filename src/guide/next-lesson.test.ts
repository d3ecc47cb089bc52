import { describe, expect, it } from 'vitest'
import { lessons } from '../lessons/lesson-registry'
import type { Progress } from './progress-store'
import { whatNext } from './next-lesson'

function allDone(ids: readonly string[]): Progress {
  return Object.fromEntries(
    lessons
      .filter((lesson) => ids.includes(lesson.id))
      .map((lesson) => [lesson.id, lesson.experiments.map((experiment) => experiment.id)]),
  )
}

const first = lessons[0]
const second = lessons[1]
const last = lessons.at(-1)
if (!first || !second || !last) throw new Error('the registry needs at least two lessons')

describe('whatNext', () => {
  it('offers nothing while the lesson has experiments left', () => {
    const oneLeft = { [first.id]: first.experiments.slice(1).map((experiment) => experiment.id) }
    expect(whatNext(first.id, lessons, oneLeft)).toEqual({ kind: 'lesson-unfinished' })
  })

  it('offers the chapter’s next lesson once every experiment is done, done or not', () => {
    expect(whatNext(first.id, lessons, allDone([first.id]))).toEqual({ kind: 'next', lesson: second })
    expect(whatNext(first.id, lessons, allDone([first.id, second.id]))).toEqual({ kind: 'next', lesson: second })
  })

  it('after the last lesson, offers the first lesson with experiments left, or says all are done', () => {
    expect(whatNext(last.id, lessons, allDone([last.id]))).toEqual({ kind: 'undone', lesson: first })
    const allButSecond = allDone(lessons.filter((lesson) => lesson !== second).map((lesson) => lesson.id))
    expect(whatNext(last.id, lessons, allButSecond)).toEqual({ kind: 'undone', lesson: second })
    expect(whatNext(last.id, lessons, allDone(lessons.map((lesson) => lesson.id)))).toEqual({ kind: 'all-done' })
  })

  it('does not count stored ids of experiments that no longer exist', () => {
    expect(whatNext(first.id, lessons, { [first.id]: ['gone', 'also-gone'] })).toEqual({ kind: 'lesson-unfinished' })
  })
})
