import { describe, expect, it } from 'vitest'
import { lessonGroups, lessons } from './lesson-registry'
import { release092Support } from './release-support'

describe('which lessons answer as FastAPI 0.92', () => {
  it('keeps the two JWT lessons on today’s FastAPI, each saying why, and lets the others answer as 0.92', () => {
    const beyond = lessonGroups[1]?.lessons.map((lesson) => lesson.id) ?? []
    const staying = lessons.filter((lesson) => !release092Support(lesson.id).answers).map((lesson) => lesson.id)
    expect(staying).toEqual(['oauth2-jwt', 'oauth2-scopes', ...beyond])
    for (const id of ['oauth2-jwt', 'oauth2-scopes']) {
      const support = release092Support(id)
      expect(support.answers ? '' : support.why, id).toMatch(/python-jose/)
    }
  })

  it('keeps every lesson beyond the tutorial on today’s FastAPI, saying that 0.92’s docs lack it', () => {
    for (const lesson of lessonGroups[1]?.lessons ?? []) {
      const support = release092Support(lesson.id)
      expect(support.answers ? '' : support.why, lesson.id).toMatch(/not in FastAPI 0\.92’s docs/)
    }
  })

  it('answers as 0.92 for an id it does not know, even one named like an object’s own key', () => {
    expect(release092Support('constructor')).toEqual({ answers: true })
  })
})
