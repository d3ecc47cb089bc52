import { describe, expect, it } from 'vitest'
import { MASK, formatDuration, headerNote, maskFormBody, maskFormValue, prettyBody } from './formatters'

describe('formatters', () => {
  it('formats durations for the list', () => {
    expect(formatDuration(undefined)).toBe('pending')
    expect(formatDuration(4.26)).toBe('4.3 ms')
    expect(formatDuration(42.6)).toBe('43 ms')
    expect(formatDuration(1500)).toBe('1.50 s')
  })

  it('pretty-prints JSON bodies and leaves the rest as sent', () => {
    expect(prettyBody('{"detail":"Not authenticated"}')).toBe('{\n  "detail": "Not authenticated"\n}')
    expect(prettyBody('Internal Server Error')).toBe('Internal Server Error')
    expect(prettyBody('')).toBe('')
  })

  it('masks passwords and client secrets unless revealed', () => {
    expect(maskFormValue('password', 'secret', false)).toBe(MASK)
    expect(maskFormValue('password', 'secret', true)).toBe('secret')
    expect(maskFormValue('username', 'alice', false)).toBe('alice')
    expect(maskFormBody('username=alice&password=s%26cret&client_secret=x', false)).toBe(
      `username=alice&password=${MASK}&client_secret=${MASK}`,
    )
    expect(maskFormBody('username=alice&password=', false)).toBe('username=alice&password=')
    expect(maskFormBody('password=secret', true)).toBe('password=secret')
  })

  it('says why the headers that matter are highlighted', () => {
    expect(headerNote('Authorization', 'request')).toMatch(/security scheme/)
    expect(headerNote('www-authenticate', 'response')).toMatch(/challenge/)
    expect(headerNote('allow', 'response')).toMatch(/methods/)
    expect(headerNote('location', 'response')).toMatch(/browser goes next/)
    expect(headerNote('content-type', 'response')).toBeUndefined()
    expect(headerNote('authorization', 'response')).toBeUndefined()
  })
})
