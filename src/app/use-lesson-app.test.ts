import { describe, expect, it } from 'vitest'
import { createLessonClock } from '../guide/lesson-clock'
import { lessonServices } from './use-lesson-app'

describe('what the lesson’s app takes from the page', () => {
  it('reads the lesson clock, moved forward or not, and answers as the release asked for', () => {
    let real = 1_700_000_000_000
    const clock = createLessonClock(() => real)
    const services = lessonServices('0.92', clock)
    expect(services.release).toBe('0.92')
    expect(services.now()).toBe(1_700_000_000_000)
    clock.moveForward(31)
    real += 1000
    expect(services.now()).toBe(1_700_000_000_000 + 1000 + 31 * 60_000)
  })

  it('shares one password verifier between apps, so its worker starts once', () => {
    const clock = createLessonClock()
    expect(lessonServices('current', clock).passwords).toBe(lessonServices('0.92', clock).passwords)
  })

  it('hands out real random ids, as secrets.token_urlsafe does', () => {
    const { randomId } = lessonServices('current', createLessonClock())
    expect(randomId?.(32)).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(randomId?.(16)).not.toBe(randomId?.(16))
  })
})
