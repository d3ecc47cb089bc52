import { describe, expect, it } from 'vitest'
import fpSet from 'lodash/fp/set'
import { setImmutably } from './lodash-fp-set'

// What Swagger UI hands it: its options object with a dotted path, and its document with a key path.
const CASES: readonly [string, Parameters<typeof setImmutably>][] = [
  ['a dotted option path', ['syntaxHighlight.activated', false, { syntaxHighlight: { theme: 'agate' }, url: 'x' }]],
  ['a missing branch', ['oauth2.clientId.value', 'id', { oauth2: null }]],
  [
    'a key path into a document',
    [['paths', '/items/', 'get'], { summary: 'Read' }, { paths: { '/items/': { get: {} } } }],
  ],
  ['an index in a dotted path', ['servers[0].url', '/api', { servers: [{ url: '/' }, { url: '/b' }] }]],
  ['a numeric key creating an array', [['tags', '0'], 'a', {}]],
  ['a path on nothing', [['a', 'b'], 1, undefined]],
]

describe("lodash/fp's set without lodash/fp", () => {
  it.each(CASES)('%s: the same result as lodash/fp', (_name, [path, value, object]) => {
    const before = structuredClone(object)
    const expected = fpSet(path, value, object)
    expect(setImmutably(path, value, object)).toEqual(expected)
    // Neither changes what it was given.
    expect(object).toEqual(before)
  })

  it('copies each object along the path and shares the rest', () => {
    const untouched = { deep: true }
    const document = { paths: { '/items/': { get: {} } }, components: untouched }
    const result = setImmutably(['paths', '/items/', 'get'], 1, document) as typeof document
    expect(result.paths).not.toBe(document.paths)
    expect(result.components).toBe(untouched)
  })

  it('refuses a quoted key rather than misread it', () => {
    expect(() => setImmutably('a["b.c"]', 1, {})).toThrow(/reads no quoted keys/)
  })
})
