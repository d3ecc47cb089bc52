// What a finished lesson offers next: the chapter's next lesson, or, after the last one, the first
// lesson that still has experiments to do.
import type { Lesson } from '../lessons/lesson'
import { countDone, type Progress } from './progress-store'

export type WhatNext =
  /** The lesson still has experiments to do. */
  | { readonly kind: 'lesson-unfinished' }
  | { readonly kind: 'next'; readonly lesson: Lesson }
  /** The chapter's last lesson is done; this earlier one is not. */
  | { readonly kind: 'undone'; readonly lesson: Lesson }
  | { readonly kind: 'all-done' }

export function isFinished(lesson: Pick<Lesson, 'id' | 'experiments'>, progress: Progress): boolean {
  return countDone(lesson.experiments, progress[lesson.id]) === lesson.experiments.length
}

export function whatNext(lessonId: string, lessons: readonly Lesson[], progress: Progress): WhatNext {
  const index = lessons.findIndex((lesson) => lesson.id === lessonId)
  const current = lessons[index]
  if (!current || !isFinished(current, progress)) return { kind: 'lesson-unfinished' }
  const next = lessons[index + 1]
  if (next) return { kind: 'next', lesson: next }
  const undone = lessons.find((lesson) => !isFinished(lesson, progress))
  return undone ? { kind: 'undone', lesson: undone } : { kind: 'all-done' }
}
