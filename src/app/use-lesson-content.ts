// Loads a lesson's story and app on demand; each lesson's code is its own chunk.
import { useEffect, useState } from 'react'
import type { Lesson, LessonContent } from '../lessons/lesson'

export type LessonContentState =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly content: LessonContent }
  | { readonly state: 'failed'; readonly message: string }

const cache = new Map<Lesson, Promise<LessonContent>>()

function load(lesson: Lesson): Promise<LessonContent> {
  let pending = cache.get(lesson)
  if (!pending) {
    pending = lesson.load()
    // A failed download may succeed on the next visit to the lesson.
    pending.catch(() => cache.delete(lesson))
    cache.set(lesson, pending)
  }
  return pending
}

export function useLessonContent(lesson: Lesson): LessonContentState {
  const [result, setResult] = useState<{ lesson: Lesson; state: LessonContentState }>()
  useEffect(() => {
    let live = true
    load(lesson).then(
      (content) => {
        if (live) setResult({ lesson, state: { state: 'loaded', content } })
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        if (live) setResult({ lesson, state: { state: 'failed', message } })
      },
    )
    return () => {
      live = false
    }
  }, [lesson])
  return result?.lesson === lesson ? result.state : { state: 'loading' }
}
