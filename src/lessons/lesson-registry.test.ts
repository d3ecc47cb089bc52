import { describe, expect, it } from 'vitest'
import { LESSON_IDS } from './lesson'
import { findLesson, lessons } from './lesson-registry'

describe('the lesson registry', () => {
  it('lists lessons in the chapter’s order, each in the folder named by its id', () => {
    const ids = lessons.map((lesson) => lesson.id)
    expect(ids).toEqual(LESSON_IDS.filter((id) => ids.includes(id)))
    expect(ids[0]).toBe('first-steps')
  })

  it('finds a lesson by id and nothing for unknown ids', () => {
    expect(findLesson('first-steps')?.title).toBe('First steps')
    expect(findLesson('nope')).toBeUndefined()
    expect(findLesson(null)).toBeUndefined()
  })

  it('gives every lesson a story with a "Try this" section and the Python app', async () => {
    for (const lesson of lessons) {
      const content = await lesson.load()
      expect(content.story, lesson.id).toMatch(/^## Try this$/m)
      expect(content.pythonSource, lesson.id).toMatch(/from fastapi import/)
    }
  })
})
