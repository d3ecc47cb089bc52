import { describe, expect, it } from 'vitest'
import { lessons } from './lesson-registry'
import { release092Support } from './release-support'

describe('which lessons answer as FastAPI 0.92', () => {
  it('keeps the two JWT lessons on today’s FastAPI, each saying why, and lets the others answer as 0.92', () => {
    const staying = lessons.filter((lesson) => !release092Support(lesson.id).answers).map((lesson) => lesson.id)
    expect(staying).toEqual(['oauth2-jwt', 'oauth2-scopes', 'optional-auth'])
    for (const id of ['oauth2-jwt', 'oauth2-scopes']) {
      const support = release092Support(id)
      expect(support.answers ? '' : support.why, id).toMatch(/python-jose/)
    }
  })

  it('keeps the lessons beyond the tutorial on today’s FastAPI: 0.92’s docs never had them', () => {
    const support = release092Support('optional-auth')
    expect(support.answers ? '' : support.why).toMatch(/not in FastAPI 0\.92’s docs/)
  })

  it('answers as 0.92 for an id it does not know, even one named like an object’s own key', () => {
    expect(release092Support('constructor')).toEqual({ answers: true })
  })
})
