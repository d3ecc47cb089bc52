import { describe, expect, it } from 'vitest'
import { operationIdFor, pythonSplit, pythonStrip, titleFromName, unquote } from './python-text'

describe('pythonStrip', () => {
  it('removes the whitespace Python removes, including characters trim() keeps', () => {
    expect(pythonStrip(' \t token \x1c\x85')).toBe('token')
  })

  it('keeps U+FEFF, which JavaScript counts as whitespace and Python does not', () => {
    expect(pythonStrip('\ufefftoken')).toBe('\ufefftoken')
  })
})

describe('pythonSplit', () => {
  it('splits on runs of whitespace and drops empty items', () => {
    expect(pythonSplit('  a  b:c\td ')).toEqual(['a', 'b:c', 'd'])
    expect(pythonSplit('')).toEqual([])
  })
})

describe('naming an operation', () => {
  it('title-cases the function name for the summary', () => {
    expect(titleFromName('read_users_me')).toBe('Read Users Me')
  })

  it('builds the operationId from name, path and method', () => {
    expect(operationIdFor('read_items', '/items/', 'GET')).toBe('read_items_items__get')
    expect(operationIdFor('read_users_me', '/users/me/', 'GET')).toBe('read_users_me_users_me__get')
    expect(operationIdFor('login', '/token', 'POST')).toBe('login_token_post')
  })
})

describe('unquote', () => {
  it('percent-decodes as UTF-8 and leaves broken escapes alone', () => {
    expect(unquote('/ite%6Ds/')).toBe('/items/')
    expect(unquote('/caf%C3%A9')).toBe('/café')
    expect(unquote('/100%zz')).toBe('/100%zz')
  })
})
