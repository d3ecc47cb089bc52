import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Lesson } from './lesson'
import { findLesson, isBeyondTheTutorial, lessons } from './lesson-registry'

// The folders below src/lessons/ that hold a lesson: each has a lesson.ts.
const LESSONS_DIR = fileURLToPath(new URL('.', import.meta.url))
const LESSON_FOLDERS = readdirSync(LESSONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${LESSONS_DIR}${entry.name}/lesson.ts`))
  .map((entry) => entry.name)

describe('the lesson registry', () => {
  it('lists every lesson folder once, starting with the chapter’s first page', () => {
    const ids = lessons.map((lesson) => lesson.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([...LESSON_FOLDERS].sort())
    expect(ids[0]).toBe('first-steps')
  })

  it('holds the very lesson each folder’s lesson.ts exports, whose id is the folder’s name', async () => {
    for (const folder of LESSON_FOLDERS) {
      const module = (await import(`./${folder}/lesson.ts`)) as { lesson: Lesson }
      expect(module.lesson.id).toBe(folder)
      expect(findLesson(folder)).toBe(module.lesson)
    }
  })

  it('tells the five lessons beyond the tutorial from the seven of FastAPI’s tutorial pages', () => {
    const beyond = lessons.filter(isBeyondTheTutorial).map((lesson) => lesson.id)
    expect(beyond).toEqual([
      'optional-auth',
      'cookie-auth',
      'refresh-and-logout',
      'router-dependencies',
      'third-party-login',
    ])
    // A tutorial lesson's app is one of FastAPI's docs_src/security apps.
    for (const lesson of lessons.filter((each) => !isBeyondTheTutorial(each))) {
      expect(lesson.tutorialFile, lesson.id).toMatch(/^docs_src\/security\/tutorial00\d_an_py310\.py$/)
    }
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
