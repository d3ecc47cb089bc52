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
      'optional-auth': ['api-key-in-query'],
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
        // What it rules out are the lesson's own experiments, each named once (the walkthroughs replay the rest).
        const experimentIds = lesson.experiments.map((experiment) => experiment.id)
        for (const id of mistake.rulesOut) expect(experimentIds).toContain(id)
        expect(new Set(mistake.rulesOut).size).toBe(mistake.rulesOut.length)
      }
    },
  )

  it('rule out what the faulty app cannot show: all of it when the app never starts, nothing when it is unchanged', () => {
    const rulesOut = Object.fromEntries(
      withMistakes.flatMap((lesson) => lesson.mistakes.map((mistake) => [mistake.id, mistake.rulesOut])),
    )
    const simple = lessons.find((lesson) => lesson.id === 'simple-oauth2')
    expect(rulesOut['no-multipart']).toEqual(simple?.experiments.map((experiment) => experiment.id))
    expect(rulesOut['persist-authorization']).toEqual([])
    expect(rulesOut['scope-padlocks']).toEqual([])
    expect(rulesOut['http-bearer']).not.toContain('extra-slash')
  })

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
