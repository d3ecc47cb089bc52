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

  it('gives every lesson a story and the Python app; its experiments are data, not prose', async () => {
    for (const lesson of lessons) {
      const content = await lesson.load()
      expect(content.story, lesson.id).not.toMatch(/^## Try this$/m)
      expect(content.pythonSource, lesson.id).toMatch(/from fastapi import/)
      expect(content.pythonSource, lesson.id).toContain(lesson.install)
    }
  })

  it('gives every lesson experiments with unique ids, switches that exist, and a page to take home', () => {
    for (const lesson of lessons) {
      const ids = lesson.experiments.map((experiment) => experiment.id)
      expect(ids.length, lesson.id).toBeGreaterThanOrEqual(4)
      expect(new Set(ids).size, lesson.id).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      const switchIds = lesson.switches.map((lessonSwitch) => lessonSwitch.id)
      for (const experiment of lesson.experiments) {
        for (const step of experiment.steps) {
          if (step.action === 'switch') expect(switchIds, experiment.id).toContain(step.switchId)
          if (step.action === 'clock') expect(lesson.clock, experiment.id).toBe(true)
        }
      }
      expect(lesson.fastapiPage).toMatch(/^https:\/\/fastapi\.tiangolo\.com\//)
    }
  })
})
