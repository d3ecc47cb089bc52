import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../ui/safe-storage'
import { countDone, createProgressStore, parseProgress, PROGRESS_KEY } from './progress-store'

function memoryStore(options: { failWrites?: boolean } = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    read: (key) => data.get(key),
    write(key, value) {
      if (options.failWrites) return false
      data.set(key, value)
      return true
    },
    remove(key) {
      data.delete(key)
    },
  }
}

describe('the progress store', () => {
  it('keeps experiment ids per lesson, and nothing else, in storage', () => {
    const storage = memoryStore()
    const progress = createProgressStore(storage)
    expect(progress.markDone('first-steps', 'no-token')).toBe(true)
    expect(progress.markDone('first-steps', 'no-token')).toBe(false)
    progress.markDone('oauth2-jwt', 'jwt-login')
    expect(storage.data.get(PROGRESS_KEY)).toBe('{"first-steps":["no-token"],"oauth2-jwt":["jwt-login"]}')
    expect(progress.persistent).toBe(true)
  })

  it('reads what a previous page stored, and tells listeners of changes', () => {
    const storage = memoryStore()
    storage.data.set(PROGRESS_KEY, '{"first-steps":["no-token"]}')
    const progress = createProgressStore(storage)
    let calls = 0
    const stop = progress.subscribe(() => (calls += 1))
    expect(progress.getSnapshot()).toEqual({ 'first-steps': ['no-token'] })
    progress.markDone('first-steps', 'empty-bearer')
    stop()
    progress.markDone('first-steps', 'trailing-slash')
    expect(calls).toBe(1)
  })

  it('resets every lesson and clears storage', () => {
    const storage = memoryStore()
    const progress = createProgressStore(storage)
    progress.markDone('first-steps', 'no-token')
    progress.reset()
    expect(progress.getSnapshot()).toEqual({})
    expect(storage.data.has(PROGRESS_KEY)).toBe(false)
  })

  it('still counts progress for the page when storage is denied or full, and says it will not last', () => {
    for (const storage of [undefined, memoryStore({ failWrites: true })]) {
      const progress = createProgressStore(storage)
      progress.markDone('first-steps', 'no-token')
      expect(progress.getSnapshot()).toEqual({ 'first-steps': ['no-token'] })
      expect(progress.persistent).toBe(false)
    }
  })

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{oops'],
    ['an array', '["no-token"]'],
    ['null', 'null'],
  ])('starts empty from %s', (_case, text) => {
    expect(parseProgress(text)).toEqual({})
  })

  it('keeps only string ids from a hand-edited value', () => {
    expect(parseProgress('{"first-steps":["no-token",3,null],"oauth2-jwt":"jwt-login"}')).toEqual({
      'first-steps': ['no-token'],
    })
  })

  it('counts only the done experiments that still exist', () => {
    const experiments = [{ id: 'no-token' }, { id: 'empty-bearer' }]
    expect(countDone(experiments, ['no-token', 'renamed-long-ago'])).toBe(1)
    expect(countDone(experiments, undefined)).toBe(0)
  })
})
