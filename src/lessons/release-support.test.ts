import { describe, expect, it } from 'vitest'
import { lessonGroups, lessons } from './lesson-registry'
import { release092Support, switchUnavailable } from './release-support'

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

describe('switches under FastAPI 0.92', () => {
  const switchOf = (lessonId: string) => {
    const found = lessons.find((lesson) => lesson.id === lessonId)?.switches[0]
    if (!found) throw new Error(`${lessonId} has no switch`)
    return found
  }

  it('keeps a switch that runs main_spec_exact.py off where the lesson answers as 0.92, and says why', () => {
    expect(switchUnavailable('simple-oauth2', switchOf('simple-oauth2'), '0.92')).toMatch(
      /^main_spec_exact\.py is written for today’s FastAPI/,
    )
    expect(switchUnavailable('simple-oauth2', switchOf('simple-oauth2'), 'current')).toBeUndefined()
  })

  it('leaves it on offer where the lesson stays on today’s FastAPI, and leaves other switches alone', () => {
    expect(switchUnavailable('oauth2-scopes', switchOf('oauth2-scopes'), '0.92')).toBeUndefined()
    expect(switchUnavailable('first-steps', switchOf('first-steps'), '0.92')).toBeUndefined()
  })
})
