import { describe, expect, it } from 'vitest'
import { mediaTypeOf } from './media-type'

describe('mediaTypeOf', () => {
  it('keeps the type before the parameters, stripped and lowercased', () => {
    expect(mediaTypeOf(' Application/X-WWW-Form-Urlencoded ; charset=UTF-8')).toBe('application/x-www-form-urlencoded')
    expect(mediaTypeOf('multipart/form-data; boundary=x')).toBe('multipart/form-data')
  })

  it('is empty for an absent or blank header', () => {
    expect(mediaTypeOf(null)).toBe('')
    expect(mediaTypeOf(undefined)).toBe('')
    expect(mediaTypeOf('  ;charset=utf-8')).toBe('')
  })
})
