import { describe, expect, it } from 'vitest'
import { leftBehindLine } from './traffic-inspector'

describe('the line that says whose traffic was cleared', () => {
  it('names the lesson left and how many of its exchanges went', () => {
    expect(leftBehindLine({ lessonTitle: 'First steps', count: 8 })).toBe(
      'Showing this lesson’s traffic: 8 exchanges of “First steps” cleared.',
    )
    expect(leftBehindLine({ lessonTitle: 'Get the current user', count: 1 })).toBe(
      'Showing this lesson’s traffic: 1 exchange of “Get the current user” cleared.',
    )
  })
})
