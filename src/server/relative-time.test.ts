import { describe, expect, it } from 'vitest'
import { describeFromNow } from './relative-time'

describe('describeFromNow', () => {
  it('describes a Unix time relative to now, compactly, for the inspector', () => {
    const now = 1_700_000_000_000
    expect(describeFromNow(1_700_000_000 + 1800, now, 'compact')).toBe('in 30 min')
    expect(describeFromNow(1_700_000_000 - 185, now, 'compact')).toBe('3 min 5 s ago')
    expect(describeFromNow(1_700_000_000 + 90_000, now, 'compact')).toBe('in 1 d 1 h')
    expect(describeFromNow(1_700_000_000, now, 'compact')).toBe('now')
  })

  it('names only the largest whole unit, spelled out, in words', () => {
    const now = 1_700_000_000_000
    expect(describeFromNow(1_700_000_000 - 185, now, 'words')).toBe('3 minutes ago')
    expect(describeFromNow(1_700_000_000 + 90_000, now, 'words')).toBe('in 1 day')
    expect(describeFromNow(1_700_000_000 + 2 * 365.25 * 86_400, now, 'words')).toBe('in 2 years')
    expect(describeFromNow(1_700_000_000 - 1, now, 'words')).toBe('1 second ago')
  })

  it('rounds to the second in compact, and truncates in words', () => {
    const now = 1_700_000_000_000
    expect(describeFromNow(1_700_000_000.6, now, 'compact')).toBe('in 1 s')
    expect(describeFromNow(1_700_000_000.6, now, 'words')).toBe('just now')
    expect(describeFromNow(1_700_000_000 + 119.6, now, 'compact')).toBe('in 2 min')
    expect(describeFromNow(1_700_000_000 + 119.6, now, 'words')).toBe('in 1 minute')
  })

  it('counts days and no further in compact, so a year is 365 d', () => {
    expect(describeFromNow(365 * 86_400, 0, 'compact')).toBe('in 365 d')
  })
})
