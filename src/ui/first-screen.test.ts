import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFirstScreen } from './first-screen'

describe('the first screen', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds what can wait until Swagger UI has drawn, then tells every listener once', () => {
    const screen = createFirstScreen(2000)
    const heard: string[] = []
    screen.subscribe(() => heard.push('a'))
    const stop = screen.subscribe(() => heard.push('b'))
    stop()
    expect(screen.isDrawn()).toBe(false)
    screen.markDrawn()
    screen.markDrawn()
    expect(screen.isDrawn()).toBe(true)
    expect(heard).toEqual(['a'])
  })

  it('lets the rest of the page load after the fallback, if the docs never draw', () => {
    const screen = createFirstScreen(2000)
    vi.advanceTimersByTime(1999)
    expect(screen.isDrawn()).toBe(false)
    vi.advanceTimersByTime(1)
    expect(screen.isDrawn()).toBe(true)
  })
})
