// Every lesson's mistakes: their ids, their faulty Python, and their experiments' shape.
import { describe, expect, it } from 'vitest'
import { applyEdits } from '../guide/python-diff'
import { lessons } from './lesson-registry'

const withMistakes = lessons.filter((lesson) => lesson.mistakes.length > 0)

describe('mistakes', () => {
  it('include the ones FastAPI users hit most, in the lessons where they happen', () => {
    expect(Object.fromEntries(withMistakes.map((lesson) => [lesson.id, lesson.mistakes.map((m) => m.id)]))).toEqual({
      'get-current-user': ['http-bearer'],
      'simple-oauth2': ['absolute-token-url', 'json-login', 'no-multipart', 'token-key', 'persist-authorization'],
      'oauth2-scopes': ['scope-padlocks'],
    })
  })

  it.each(withMistakes.map((lesson) => [lesson.id, lesson] as const))(
    '%s: ids are unique, shared with their experiments, and unlike any experiment’s or switch’s',
    (_id, lesson) => {
      const ids = lesson.mistakes.map((mistake) => mistake.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const mistake of lesson.mistakes) {
        expect(mistake.experiment.id).toBe(mistake.id)
        expect(mistake.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(lesson.experiments.map((experiment) => experiment.id)).not.toContain(mistake.id)
        expect(lesson.switches.map((lessonSwitch) => lessonSwitch.id)).not.toContain(mistake.id)
        expect(mistake.discussions.length).toBeGreaterThan(0)
        expect(mistake.experiment.steps.length).toBeLessThanOrEqual(3)
      }
    },
  )

  it.each(withMistakes.map((lesson) => [lesson.id, lesson] as const))(
    '%s: each edit of main.py matches exactly one place and changes it',
    async (_id, lesson) => {
      const { pythonSource } = await lesson.load()
      for (const mistake of lesson.mistakes) {
        const faulty = applyEdits(pythonSource, mistake.edits)
        if (mistake.edits.length > 0) expect(faulty).not.toBe(pythonSource)
        else expect(faulty).toBe(pythonSource)
      }
    },
  )
})
