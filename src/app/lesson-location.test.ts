import { describe, expect, it } from 'vitest'
import { lessonFromSearch, lessonHref } from './lesson-location'

describe('lessonFromSearch', () => {
  it('picks the lesson named by ?lesson=', () => {
    expect(lessonFromSearch('?lesson=first-steps')).toMatchObject({ lesson: { id: 'first-steps' }, unknownId: null })
  })

  it('starts at the first lesson when none is named', () => {
    expect(lessonFromSearch('')).toMatchObject({ lesson: { id: 'first-steps' }, unknownId: null })
  })

  it('falls back to the first lesson and reports an unknown id', () => {
    expect(lessonFromSearch('?lesson=%3Cscript%3E')).toMatchObject({
      lesson: { id: 'first-steps' },
      unknownId: '<script>',
    })
  })
})

describe('lessonHref', () => {
  it('keeps the page path, so relative URLs still resolve against the base', () => {
    expect(lessonHref(new URL('http://host/learn/oauth2/?lesson=first-steps#x'), 'oauth2-jwt')).toBe(
      '/learn/oauth2/?lesson=oauth2-jwt',
    )
  })
})
