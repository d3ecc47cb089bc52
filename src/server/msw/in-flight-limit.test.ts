import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createInFlightLimit } from './in-flight-limit'

/** Which of the given entries have resolved, after pending callbacks have run. */
async function settled(entries: Record<string, Promise<void>>): Promise<string[]> {
  const done: string[] = []
  for (const [name, entry] of Object.entries(entries)) void entry.then(() => done.push(name))
  await Promise.resolve()
  await Promise.resolve()
  return done.sort()
}

describe('createInFlightLimit', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets requests in at once while there is room', async () => {
    const limit = createInFlightLimit(2)
    expect(await settled({ a: limit.enter('a'), b: limit.enter('b') })).toEqual(['a', 'b'])
  })

  it('holds the next request until one leaves, then lets them in in order of arrival', async () => {
    const limit = createInFlightLimit(2)
    const entries = { a: limit.enter('a'), b: limit.enter('b'), c: limit.enter('c'), d: limit.enter('d') }
    expect(await settled(entries)).toEqual(['a', 'b'])

    limit.leave('b')
    expect(await settled(entries)).toEqual(['a', 'b', 'c'])
    limit.leave('a')
    expect(await settled(entries)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('ignores leaving twice and leaving by an id it never let in', async () => {
    const limit = createInFlightLimit(1)
    const entries = { a: limit.enter('a'), b: limit.enter('b'), c: limit.enter('c') }
    limit.leave('a')
    limit.leave('a')
    limit.leave('never-entered')
    expect(await settled(entries)).toEqual(['a', 'b'])
  })

  it('a lone request never waits, however many came before it', async () => {
    const limit = createInFlightLimit(1)
    for (const id of ['a', 'b', 'c']) {
      expect(await settled({ [id]: limit.enter(id) })).toEqual([id])
      limit.leave(id)
    }
  })

  it('a request that waits on something else (a worker, a page gone) steps aside after a while', async () => {
    const limit = createInFlightLimit(1, 50)
    const entries = { slow: limit.enter('slow'), next: limit.enter('next') }
    vi.advanceTimersByTime(49)
    expect(await settled(entries)).toEqual(['slow'])
    vi.advanceTimersByTime(1)
    expect(await settled(entries)).toEqual(['next', 'slow'])

    // Its late answer does not let a third request in beside the one now inside.
    const third = limit.enter('third')
    limit.leave('slow')
    expect(await settled({ third })).toEqual([])
  })
})
