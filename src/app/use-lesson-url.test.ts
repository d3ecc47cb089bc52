import { describe, expect, it } from 'vitest'
import { opensInPlace } from './use-lesson-url'

const plain = { metaKey: false, ctrlKey: false, shiftKey: false, button: 0 }

describe('a click on a lesson link', () => {
  it('opens the lesson in this page when it is a plain primary click', () => {
    expect(opensInPlace(plain)).toBe(true)
  })

  it('is left to the browser with a modifier (new tab, new window) or another button', () => {
    expect(opensInPlace({ ...plain, metaKey: true })).toBe(false)
    expect(opensInPlace({ ...plain, ctrlKey: true })).toBe(false)
    expect(opensInPlace({ ...plain, shiftKey: true })).toBe(false)
    expect(opensInPlace({ ...plain, button: 1 })).toBe(false)
  })
})
