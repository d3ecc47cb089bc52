import { describe, expect, it } from 'vitest'
import { lessons } from './lesson-registry'
import { release092Support } from './release-support'

describe('which lessons answer as FastAPI 0.92', () => {
  it('keeps the two JWT lessons and those beyond the tutorial on today’s FastAPI, each saying why', () => {
    const staying = lessons.filter((lesson) => !release092Support(lesson.id).answers).map((lesson) => lesson.id)
    expect(staying).toEqual(['oauth2-jwt', 'oauth2-scopes', 'refresh-and-logout'])
    const why = (id: string) => {
      const support = release092Support(id)
      return support.answers ? '' : support.why
    }
    for (const id of ['oauth2-jwt', 'oauth2-scopes']) expect(why(id), id).toMatch(/python-jose/)
    expect(why('refresh-and-logout')).toMatch(/beyond its tutorial/)
  })

  it('answers as 0.92 for an id it does not know, even one named like an object’s own key', () => {
    expect(release092Support('constructor')).toEqual({ answers: true })
  })
})
