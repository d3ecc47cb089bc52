import { describe, expect, it } from 'vitest'
import { decodeAsPython, decodeLatin1, encodeLatin1 } from './python-codecs'

const bytes = (...values: number[]) => Uint8Array.from(values)
const JOHN_UTF8 = bytes(0x6a, 0xc3, 0xb6, 0x68, 0x6e)

describe('decodeLatin1 and encodeLatin1', () => {
  it('map each byte to the character with its code, 0x80–0x9F included', () => {
    expect(decodeLatin1(bytes(0x41, 0x80, 0x9f, 0xff))).toBe('A\u0080\u009fÿ')
    expect(encodeLatin1('A\u0080ÿ')).toEqual(bytes(0x41, 0x80, 0xff))
  })
})

describe('decodeAsPython', () => {
  it('finds a codec under any of Python’s spellings of its name', () => {
    for (const name of ['utf-8', 'UTF8', ' utf 8 ', 'U8', 'cp65001', 'utf8é']) {
      expect(decodeAsPython(JOHN_UTF8, name)).toBe('jöhn')
    }
    for (const name of ['latin-1', 'ISO-8859-1', 'iso_8859_1:1987', 'l1', 'us-ascii', 'ANSI_X3.4-1968']) {
      expect(decodeAsPython(JOHN_UTF8, name)).toBe('jÃ¶hn')
    }
  })

  it('falls back to Latin-1 for bytes the codec refuses, and for a codec Python does not know', () => {
    expect(decodeAsPython(bytes(0x6a, 0xf6), 'utf-8')).toBe('jö')
    expect(decodeAsPython(JOHN_UTF8, 'no-such-codec')).toBe('jÃ¶hn')
  })

  it('keeps a byte-order mark in UTF-8 and drops it in utf-8-sig', () => {
    expect(decodeAsPython(bytes(0xef, 0xbb, 0xbf, 0x61), 'utf-8')).toBe('\ufeffa')
    expect(decodeAsPython(bytes(0xef, 0xbb, 0xbf, 0x61), 'utf_8_sig')).toBe('a')
  })

  it('reads UTF-16 by its byte-order mark, little-endian without one', () => {
    expect(decodeAsPython(bytes(0xfe, 0xff, 0x00, 0x61), 'utf-16')).toBe('a')
    expect(decodeAsPython(bytes(0x61, 0x00), 'UTF16')).toBe('a')
    expect(decodeAsPython(bytes(0x00, 0x61), 'utf-16-be')).toBe('a')
    expect(decodeAsPython(bytes(0x61), 'utf-16')).toBe('a')
  })
})
