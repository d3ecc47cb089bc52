import { describe, expect, it } from 'vitest'
import { pyjwtBase64urlDecode } from './pyjwt-base64url-decode'

const decode = (text: string) => {
  const bytes = pyjwtBase64urlDecode(new TextEncoder().encode(text))
  return bytes && new TextDecoder().decode(bytes)
}

describe("PyJWT's base64url_decode", () => {
  it('decodes unpadded base64url, as JWT segments are written', () => {
    expect(decode('eyJzdWIiOiJmb28ifQ')).toBe('{"sub":"foo"}')
    expect(decode('')).toBe('')
  })

  it('accepts both alphabets and skips characters outside them', () => {
    expect(decode('YT8-OmI')).toBe('a?>:b')
    expect(decode('YT8+OmI')).toBe('a?>:b')
    expect(decode('am9o!bjpzZWNyZXQx')).toBe('john:secret1')
  })

  it('counts the padding it adds from the raw length, skipped characters included', () => {
    // 16 characters need no padding, but only 15 of them are base64: "Incorrect padding".
    expect(decode('am9o!bjpzZWNyZXQ')).toBeUndefined()
  })

  it('stops at complete padding and ignores what follows', () => {
    expect(decode('am9objpzZWNyZXQ=am9o')).toBe('john:secret')
  })

  it('fails where Python raises binascii.Error: a single leftover character', () => {
    expect(decode('a')).toBeUndefined()
    expect(decode('abcde')).toBeUndefined()
  })
})
