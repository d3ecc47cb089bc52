import { describe, expect, it } from 'vitest'
import { lessonGroups, lessons } from './lesson-registry'
import { release092Support } from './release-support'

const why = (id: string) => {
  const support = release092Support(id)
  return support.answers ? '' : support.why
}

describe('which lessons answer as FastAPI 0.92', () => {
  it('keeps the two JWT lessons and every lesson beyond the tutorial on today’s FastAPI, each saying why', () => {
    const staying = lessons.filter((lesson) => !release092Support(lesson.id).answers).map((lesson) => lesson.id)
    const beyond = lessonGroups.slice(1).flatMap((group) => group.lessons.map((lesson) => lesson.id))
    expect(beyond.length).toBeGreaterThan(0)
    expect(staying).toEqual(['oauth2-jwt', 'oauth2-scopes', ...beyond])
    for (const id of ['oauth2-jwt', 'oauth2-scopes']) expect(why(id), id).toMatch(/python-jose/)
    // FastAPI 0.92's docs never had them.
    for (const id of beyond) expect(why(id), id).toMatch(/FastAPI 0\.92’s docs/)
  })

  it('answers as 0.92 for an id it does not know, even one named like an object’s own key', () => {
    expect(release092Support('constructor')).toEqual({ answers: true })
  })
})
