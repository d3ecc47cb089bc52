import { describe, expect, it } from 'vitest'
import { BoundedMap } from './bounded-map'

describe('BoundedMap', () => {
  it('keeps at most its capacity, forgetting the oldest entries first', () => {
    const map = new BoundedMap<string, number>(2)
    map.set('a', 1).set('b', 2).set('c', 3)
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 3],
    ])
    map.set('d', 4)
    expect([...map.keys()]).toEqual(['c', 'd'])
  })

  it('keeps the place of a key set again, so updating an entry does not make it newer', () => {
    const map = new BoundedMap<string, number>(2)
    map.set('a', 1).set('b', 2).set('a', 10).set('c', 3)
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 3],
    ])
  })

  it('tells onForget of each entry it forgets, and not of entries deleted or cleared', () => {
    const forgotten: [string, number][] = []
    const map = new BoundedMap<string, number>(1, (key, value) => forgotten.push([key, value]))
    map.set('a', 1).set('b', 2)
    map.delete('b')
    map.set('c', 3)
    map.clear()
    expect(forgotten).toEqual([['a', 1]])
  })

  it('is a Map: has, get, delete and size behave as usual', () => {
    const map = new BoundedMap<string, number>(3)
    map.set('a', 1)
    expect(map).toBeInstanceOf(Map)
    expect(map.has('a')).toBe(true)
    expect(map.get('a')).toBe(1)
    expect(map.delete('a')).toBe(true)
    expect(map.delete('a')).toBe(false)
    expect(map.size).toBe(0)
  })
})
