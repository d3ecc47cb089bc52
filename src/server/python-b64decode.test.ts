import { describe, expect, it } from 'vitest'
import { pythonB64decode } from './python-b64decode'

function decodedText(text: string): string {
  const result = pythonB64decode(text)
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to decode, got: ${result.message}`)
  return new TextDecoder('latin1').decode(result.bytes)
}

describe("Python's lenient base64.b64decode", () => {
  it.each([
    ['am9objpzZWNyZXQ=', 'john:secret'],
    ['am9o!bjpzZWNyZXQ=', 'john:secret'],
    ['am9objpzZWNyZXQ=am9o', 'john:secret'],
    ['a=m9o', 'joh'],
    ['YT8+OmI=', 'a?>:b'],
    ['am9obnNlY3JldA==', 'johnsecret'],
    ['Og==', ':'],
    ['', ''],
  ])('decodes %j to %j (a row of the HTTPBasic table)', (text, expected) => {
    expect(decodedText(text)).toBe(expected)
  })

  it('hands back bytes, not text: the UTF-8 of "jöhn:secret" stays two bytes for ö', () => {
    const result = pythonB64decode('asO2aG46c2VjcmV0')
    expect(result).toEqual({ ok: true, bytes: new TextEncoder().encode('jöhn:secret') })
  })

  it.each([
    ['am9objpzZWNyZXQ', 'Incorrect padding'],
    ['YT8-OmI=', 'Incorrect padding'],
    ['notabase64token', 'Incorrect padding'],
  ])('refuses %j: %s', (text, message) => {
    expect(pythonB64decode(text)).toEqual({ ok: false, message })
  })

  it('skips what atob would choke on and refuses what atob would forgive', () => {
    expect(() => atob('am9o!bjpzZWNyZXQ=')).toThrow()
    expect(decodedText('am9o!bjpzZWNyZXQ=')).toBe('john:secret')
    expect(atob('am9objpzZWNyZXQ')).toBe('john:secret')
    expect(pythonB64decode('am9objpzZWNyZXQ').ok).toBe(false)
  })

  it('skips whitespace and stray padding inside the text', () => {
    expect(decodedText(' am9o bjpz\tZWNy\nZXQ= ')).toBe('john:secret')
    expect(decodedText('=am9objpzZWNyZXQ=')).toBe('john:secret')
  })

  it('keeps decoding after padding that did not complete its group', () => {
    // "YQ=" is two data characters and one pad, not yet four; "x" then counts as data and
    // starts the pad count again, and the last "=" completes the group.
    expect(pythonB64decode('YQ=x=')).toEqual({ ok: true, bytes: Uint8Array.from([0x61, 0x0c]) })
    expect(pythonB64decode('Og=')).toEqual({ ok: false, message: 'Incorrect padding' })
    expect(decodedText('Og===x')).toBe(':')
  })

  it('counts the data characters when one is left over, as Python’s message does', () => {
    expect(pythonB64decode('a')).toEqual({
      ok: false,
      message: 'Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4',
    })
    expect(pythonB64decode('am9ob')).toEqual({
      ok: false,
      message: 'Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4',
    })
  })

  it('refuses text with characters beyond ASCII before decoding anything', () => {
    expect(pythonB64decode('am9o\u00e9bjpzZWNyZXQ=')).toEqual({
      ok: false,
      message: 'string argument should contain only ASCII characters',
    })
  })
})
