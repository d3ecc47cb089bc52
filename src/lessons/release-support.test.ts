import { describe, expect, it } from 'vitest'
import { lessons } from './lesson-registry'
import { release092Support } from './release-support'

describe('which lessons answer as FastAPI 0.92', () => {
  it('keeps the two JWT lessons on today’s FastAPI, each saying why, and lets the others answer as 0.92', () => {
    const staying = lessons.filter((lesson) => !release092Support(lesson.id).answers).map((lesson) => lesson.id)
    expect(staying).toEqual(['oauth2-jwt', 'oauth2-scopes'])
    for (const id of staying) {
      const support = release092Support(id)
      expect(support.answers ? '' : support.why, id).toMatch(/python-jose/)
    }
  })

  it('answers as 0.92 for an id it does not know, even one named like an object’s own key', () => {
    expect(release092Support('constructor')).toEqual({ answers: true })
  })
})
