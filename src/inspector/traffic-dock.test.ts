import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../ui/safe-storage'
import {
  DEFAULT_DOCK,
  DOCK_STORAGE_KEY,
  clampHeight,
  dockBounds,
  dockHeight,
  parseDockState,
  readDockState,
  writeDockState,
} from './traffic-dock'

function memoryStore(): KeyValueStore & { readonly values: Map<string, string> } {
  const values = new Map<string, string>()
  return {
    values,
    read: (key) => values.get(key),
    write: (key, value) => {
      values.set(key, value)
      return true
    },
    remove: (key) => {
      values.delete(key)
    },
  }
}

describe('the traffic dock', () => {
  it('starts open at 40% of the viewport', () => {
    expect(dockHeight(DEFAULT_DOCK, 800)).toBe(320)
    expect(dockHeight(DEFAULT_DOCK, 1000)).toBe(400)
  })

  it('first leaves the room asked for above it, down to 30% of the viewport', () => {
    expect(dockHeight(DEFAULT_DOCK, 800, 550)).toBe(250)
    expect(dockHeight(DEFAULT_DOCK, 900, 550)).toBe(350)
    // Room enough: 40% as before.
    expect(dockHeight(DEFAULT_DOCK, 1080, 550)).toBe(432)
    // Too short to leave that room: the floor.
    expect(dockHeight(DEFAULT_DOCK, 600, 550)).toBe(180)
    // A height the learner chose wins.
    expect(dockHeight({ open: true, height: 400 }, 800, 550)).toBe(400)
  })

  it('stays between 120 px and 85% of the viewport', () => {
    expect(dockBounds(800)).toEqual({ min: 120, max: 680 })
    expect(clampHeight(40, 800)).toBe(120)
    expect(clampHeight(2000, 800)).toBe(680)
    expect(dockHeight({ open: true, height: 700 }, 600)).toBe(510)
    // A viewport too short for both bounds keeps the minimum.
    expect(dockBounds(100)).toEqual({ min: 120, max: 120 })
  })

  it('remembers its height and whether it is open', () => {
    const store = memoryStore()
    writeDockState(store, { open: false, height: 412 })
    expect(store.values.get(DOCK_STORAGE_KEY)).toBe('{"open":false,"height":412}')
    expect(readDockState(store)).toEqual({ open: false, height: 412 })
  })

  it('falls back to the default without storage or with anything unexpected stored', () => {
    expect(readDockState(undefined)).toEqual(DEFAULT_DOCK)
    expect(() => {
      writeDockState(undefined, DEFAULT_DOCK)
    }).not.toThrow()
    for (const text of ['', 'not json', 'null', '42', '[]', '{"open":"no","height":"tall"}', '{"height":-5}']) {
      expect(parseDockState(text), text).toEqual(DEFAULT_DOCK)
    }
    expect(parseDockState('{"height":300}')).toEqual({ open: true, height: 300 })
  })
})
