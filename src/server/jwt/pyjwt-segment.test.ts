import { describe, expect, it } from 'vitest'
import { pyjwtSegmentDecode } from './pyjwt-segment'

const decode = (text: string) => {
  const bytes = pyjwtSegmentDecode(new TextEncoder().encode(text))
  return bytes && new TextDecoder().decode(bytes)
}

// Each verdict checked against PyJWT 2.15.1's PyJWS._decode_base64url_segment.
describe('PyJWT 2.15’s base64url segments', () => {
  it.each([
    ['YQ', 'a'],
    ['YQ==', 'a'],
    ['YWI', 'ab'],
    ['YWI=', 'ab'],
    ['', ''],
    ['eyJhIjoxfQ', '{"a":1}'],
    ['_-8', '\ufffd\ufffd'],
  ])('reads %j', (segment, text) => {
    expect(decode(segment)).toBe(text)
  })

  it.each(['YR', 'YQ=', 'YQ===', 'Y', 'Y+Q', 'Y/Q', 'YQ ', '=YQ', 'YWJj='])('refuses %j', (segment) => {
    expect(decode(segment)).toBeUndefined()
  })
})
