import { describe, expect, it } from 'vitest'
import { lessons } from './lesson-registry'
import { release092Support } from './release-support'

describe('which lessons answer as FastAPI 0.92', () => {
  it('keeps the two JWT lessons and those beyond the tutorial on today’s FastAPI, each saying why', () => {
    const staying = lessons.filter((lesson) => !release092Support(lesson.id).answers).map((lesson) => lesson.id)
    expect(staying).toEqual(['oauth2-jwt', 'oauth2-scopes', 'third-party-login'])
    for (const id of ['oauth2-jwt', 'oauth2-scopes']) {
      const support = release092Support(id)
      expect(support.answers ? '' : support.why, id).toMatch(/python-jose/)
    }
    const beyond = release092Support('third-party-login')
    expect(beyond.answers ? '' : beyond.why).toMatch(/not one of FastAPI 0\.92’s tutorials/)
  })

  it('answers as 0.92 for an id it does not know, even one named like an object’s own key', () => {
    expect(release092Support('constructor')).toEqual({ answers: true })
  })
})
