import { describe, expect, it } from 'vitest'
import { FRAME_WAIT_LIMIT_MS, createFrameGate, type FrameClock } from './frame-gate'

/** A hand-driven page: the test moves time, paints frames and runs queued tasks. */
function fakePage() {
  let now = 0
  let hidden = false
  let frameCallbacks: (() => void)[] = []
  let tasks: { at: number; run: () => void }[] = []
  const clock: FrameClock = {
    now: () => now,
    beforeNextFrame: (callback) => frameCallbacks.push(callback),
    later: (callback, delayMs = 0) => tasks.push({ at: now + delayMs, run: callback }),
    hidden: () => hidden,
  }
  const runTasks = () => {
    const due = tasks.filter((task) => task.at <= now)
    tasks = tasks.filter((task) => task.at > now)
    for (const task of due) task.run()
  }
  return {
    clock,
    advance(ms: number) {
      now += ms
      runTasks()
    },
    paint() {
      const callbacks = frameCallbacks
      frameCallbacks = []
      for (const callback of callbacks) callback()
      runTasks()
    },
    hide() {
      hidden = true
    },
  }
}

async function isSettled(promise: Promise<void> | undefined): Promise<boolean> {
  if (!promise) return true
  let settled = false
  void promise.then(() => (settled = true))
  await Promise.resolve()
  return settled
}

describe('createFrameGate', () => {
  it('lets requests in at once while frames come on time', () => {
    const page = fakePage()
    const gate = createFrameGate(page.clock, 24)
    expect(gate()).toBeUndefined()
    page.advance(10)
    expect(gate()).toBeUndefined()
    page.paint()
    page.advance(20)
    expect(gate()).toBeUndefined()
  })

  it('holds new requests once a frame is overdue, until it has been painted', async () => {
    const page = fakePage()
    const gate = createFrameGate(page.clock, 24)
    expect(gate()).toBeUndefined()
    page.advance(30)
    const held = gate()
    expect(held).toBeDefined()
    expect(await isSettled(held)).toBe(false)
    page.paint()
    expect(await isSettled(held)).toBe(true)
    // The frame painted: the next request goes in at once.
    expect(gate()).toBeUndefined()
  })

  it('does not hold a request that comes after a quiet moment', () => {
    const page = fakePage()
    const gate = createFrameGate(page.clock, 24)
    expect(gate()).toBeUndefined()
    page.paint()
    page.advance(5000)
    expect(gate()).toBeUndefined()
  })

  it('never holds requests of a hidden page, and lets go of held ones when no frame comes', async () => {
    const page = fakePage()
    const gate = createFrameGate(page.clock, 24)
    void gate()
    page.advance(30)
    const held = gate()
    page.hide()
    expect(gate()).toBeUndefined()
    expect(await isSettled(held)).toBe(false)
    page.advance(FRAME_WAIT_LIMIT_MS)
    expect(await isSettled(held)).toBe(true)
  })
})
