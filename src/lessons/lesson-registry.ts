// The lessons that exist, in the chapter's order. Adding a lesson: one folder and one line here.
import { firstStepsLesson } from './first-steps/first-steps-lesson'
import type { Lesson } from './lesson'

export const lessons: readonly Lesson[] = [firstStepsLesson]

export function findLesson(id: string | null): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id)
}
