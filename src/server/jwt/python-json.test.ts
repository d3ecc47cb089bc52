import { describe, expect, it } from 'vitest'
import { pythonJsonDumpsAscii, pythonJsonLoadsBytes } from './python-json'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('pythonJsonDumpsAscii', () => {
  it('writes compact JSON with non-ASCII and DEL escaped, as json.dumps does by default', () => {
    expect(pythonJsonDumpsAscii({ sub: 'zoë', n: [1, true, null] })).toBe('{"sub":"zo\\u00eb","n":[1,true,null]}')
    expect(pythonJsonDumpsAscii('\u007f\n')).toBe('"\\u007f\\n"')
  })
})

describe('pythonJsonLoadsBytes', () => {
  it('reads UTF-8 JSON and skips a byte order mark', () => {
    expect(pythonJsonLoadsBytes(new TextEncoder().encode('{"a":"é"}'))).toEqual({ ok: true, value: { a: 'é' } })
    expect(pythonJsonLoadsBytes(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: {} })
  })

  it('refuses bytes that are not UTF-8, and text that is not JSON', () => {
    expect(pythonJsonLoadsBytes(bytes(0x22, 0xff, 0x22))).toMatchObject({ ok: false })
    expect(pythonJsonLoadsBytes(new TextEncoder().encode('{sub}'))).toMatchObject({ ok: false })
  })
})
