import { describe, expect, it } from 'vitest'
import { pythonJsonDumps, pythonJsonLoads } from './python-json'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('pythonJsonDumps', () => {
  it('writes compact JSON with non-ASCII and DEL escaped, as json.dumps does by default', () => {
    expect(pythonJsonDumps({ sub: 'zoë', n: [1, true, null] })).toBe('{"sub":"zo\\u00eb","n":[1,true,null]}')
    expect(pythonJsonDumps('\u007f\n')).toBe('"\\u007f\\n"')
  })
})

describe('pythonJsonLoads', () => {
  it('reads UTF-8 JSON and skips a byte order mark', () => {
    expect(pythonJsonLoads(new TextEncoder().encode('{"a":"é"}'))).toEqual({ ok: true, value: { a: 'é' } })
    expect(pythonJsonLoads(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: {} })
  })

  it('refuses bytes that are not UTF-8, and text that is not JSON', () => {
    expect(pythonJsonLoads(bytes(0x22, 0xff, 0x22))).toMatchObject({ ok: false })
    expect(pythonJsonLoads(new TextEncoder().encode('{sub}'))).toMatchObject({ ok: false })
  })
})
