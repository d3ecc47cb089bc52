import { describe, expect, it } from 'vitest'
import { base64urlWithoutPadding, secretsTokenUrlsafe } from './python-secrets'

describe('secrets.token_urlsafe', () => {
  it('encodes as Python does: base64url, padding stripped', () => {
    // base64.urlsafe_b64encode(bytes([0xfb, 0xff, 0xbf])).rstrip(b"=") == b"-_-_"
    expect(base64urlWithoutPadding(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_')
    expect(base64urlWithoutPadding(new Uint8Array([0]))).toBe('AA')
    expect(base64urlWithoutPadding(new Uint8Array([]))).toBe('')
  })

  it('draws nbytes from its source: 16 bytes are 22 characters, 32 are 43', () => {
    expect(secretsTokenUrlsafe(16, (bytes) => bytes.fill(0xff))).toBe('_____________________w')
    expect(secretsTokenUrlsafe(32)).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(secretsTokenUrlsafe(32)).not.toBe(secretsTokenUrlsafe(32))
  })
})
