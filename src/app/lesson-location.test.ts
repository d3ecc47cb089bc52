import { describe, expect, it } from 'vitest'
import { lessonFromSearch, lessonHref, mistakeHref, wholePageHref } from './lesson-location'

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

describe('?try=', () => {
  it('names the experiment to highlight in the lesson', () => {
    expect(lessonFromSearch('?lesson=simple-oauth2&try=wrong-password')).toMatchObject({
      lesson: { id: 'simple-oauth2' },
      tryId: 'wrong-password',
    })
  })

  it('is ignored when empty, or when the lesson is unknown', () => {
    expect(lessonFromSearch('?lesson=first-steps&try=').tryId).toBeNull()
    expect(lessonFromSearch('?lesson=nope&try=no-token').tryId).toBeNull()
  })
})

describe('?view=embed', () => {
  it('asks for the embedded view, and nothing else does', () => {
    expect(lessonFromSearch('?lesson=first-steps&view=embed').embed).toBe(true)
    expect(lessonFromSearch('?lesson=first-steps&view=page').embed).toBe(false)
    expect(lessonFromSearch('?lesson=first-steps').embed).toBe(false)
  })

  it('links out of the frame to the whole page of the same lesson and experiment', () => {
    expect(wholePageHref(new URL('https://host/learn/?lesson=oauth2-jwt&view=embed&try=forge-sub#x'))).toBe(
      'https://host/learn/?lesson=oauth2-jwt&try=forge-sub',
    )
  })
})

describe('lessonHref', () => {
  it('drops the experiment of the lesson it leaves', () => {
    expect(lessonHref(new URL('http://host/?lesson=first-steps&try=no-token'), 'oauth2-jwt')).toBe(
      '/?lesson=oauth2-jwt',
    )
  })

  it('keeps the page path, so relative URLs still resolve against the base', () => {
    expect(lessonHref(new URL('http://host/learn/oauth2/?lesson=first-steps#x'), 'oauth2-jwt')).toBe(
      '/learn/oauth2/?lesson=oauth2-jwt',
    )
  })
})

describe('?mistake=', () => {
  it('is off unless the URL names one of the lesson’s mistakes', () => {
    const location = lessonFromSearch('?lesson=first-steps')
    expect(location.mistake).toBeNull()
    expect(location.ignored).toEqual([])
  })

  it('says so when the lesson has no such mistake', () => {
    const location = lessonFromSearch('?lesson=first-steps&mistake=forgot-the-colon')
    expect(location.mistake).toBeNull()
    expect(location.ignored).toEqual([
      'There is no mistake called “forgot-the-colon” in “First steps”; the app runs as the tutorial wrote it.',
    ])
  })
})

describe('?fastapi=', () => {
  it('answers as today’s FastAPI unless 0.92 is asked for', () => {
    expect(lessonFromSearch('?lesson=first-steps').release).toBe('current')
    expect(lessonFromSearch('?lesson=first-steps&fastapi=0.92').release).toBe('0.92')
  })

  it('says so when asked for a release it cannot answer as', () => {
    const location = lessonFromSearch('?lesson=first-steps&fastapi=0.65')
    expect(location.release).toBe('current')
    expect(location.ignored).toEqual([
      'FastAPI 0.65 is not one the playground answers as; it answers as today’s FastAPI.',
    ])
  })
})

describe('mistakeHref', () => {
  it('switches a mistake on or off and keeps the lesson and the release', () => {
    const current = new URL('https://example.org/learn/?lesson=simple-oauth2&fastapi=0.92&try=wrong-password')
    expect(mistakeHref(current, 'json-login')).toBe('/learn/?lesson=simple-oauth2&fastapi=0.92&mistake=json-login')
    const on = new URL('https://example.org/learn/?lesson=simple-oauth2&mistake=json-login')
    expect(mistakeHref(on, null)).toBe('/learn/?lesson=simple-oauth2')
  })
})

describe('?mistake= with ?fastapi=0.92', () => {
  it('keeps today’s FastAPI for a mistake that only answers as today’s, and says so', () => {
    const location = lessonFromSearch('?lesson=simple-oauth2&mistake=json-login&fastapi=0.92')
    expect(location.release).toBe('current')
    expect(location.ignored).toEqual([
      'The mistake “A login route that reads JSON” answers as today’s FastAPI only, so FastAPI 0.92 is not used here.',
    ])
    expect(lessonFromSearch('?lesson=simple-oauth2&mistake=token-key&fastapi=0.92').release).toBe('0.92')
  })
})
