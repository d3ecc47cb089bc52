// The lessons that exist, in the chapter's order. Adding a lesson is adding a folder
// `lessons/<id>/` whose `lesson.ts` exports `lesson`, and its id to LESSON_IDS.
import { LESSON_IDS, type Lesson } from './lesson'

const modules = import.meta.glob<{ lesson: Lesson }>('./*/lesson.ts', { eager: true })

export const lessons: readonly Lesson[] = Object.values(modules)
  .map((module) => module.lesson)
  .sort((a, b) => LESSON_IDS.indexOf(a.id) - LESSON_IDS.indexOf(b.id))

export function findLesson(id: string | null): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id)
}
