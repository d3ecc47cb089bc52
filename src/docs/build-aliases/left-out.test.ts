import { describe, expect, it } from 'vitest'
import AggregateErrorExport from './aggregate-error-native'
import purifier from './dompurify-left-out'
import assignExtends from './extends-native'
import includesOf from './includes-native'
import { Remarkable, linkify } from './remarkable-left-out'
import { toBuffer } from './to-buffer-utf8'

describe('what Swagger UI still imports but no longer runs', () => {
  it('lets Swagger UI set up its Markdown parser, and stops loudly if it ever renders', () => {
    const parser = new Remarkable()
    parser.block.ruler.enable()
    parser.set()
    expect(parser.use()).toBe(parser)
    expect(() => parser.render()).toThrow(/lazy-markdown\.tsx.*cannot render/)
    expect(() => linkify()).toThrow(/cannot render/)
  })

  it('lets Swagger UI set up DOMPurify, and stops loudly if it ever sanitises', () => {
    const scoped = purifier(globalThis)
    scoped.addHook()
    expect(() => scoped.sanitize()).toThrow(/cannot sanitise/)
  })
})

describe('built-ins in place of core-js', () => {
  it('assigns as Babel’s _extends does', () => {
    const target = { a: 1 }
    expect(assignExtends(target, { b: 2 }, undefined, { a: 3 })).toBe(target)
    expect(target).toEqual({ a: 3, b: 2 })
  })

  it('gives the includes method of arrays and strings', () => {
    const list = ['object', 'function']
    expect((includesOf(list) as (value: string) => boolean).call(list, 'function')).toBe(true)
    expect((includesOf('multipart/form-data') as (value: string) => boolean).call('multipart', 'part')).toBe(true)
  })

  it('is the built-in AggregateError', () => {
    expect(AggregateErrorExport).toBe(AggregateError)
  })
})

describe('to-buffer, for the PKCE code_verifier sha.js hashes', () => {
  it('gives a string’s UTF-8 bytes, as Buffer.from(text, "utf8") does', () => {
    expect([...toBuffer('ab~')]).toEqual([0x61, 0x62, 0x7e])
    expect([...toBuffer('é', 'UTF-8')]).toEqual([0xc3, 0xa9])
  })

  it('gives bytes as they are, whatever view holds them', () => {
    const bytes = new Uint8Array([1, 2, 3, 4])
    expect(toBuffer(bytes)).toBe(bytes)
    expect([...toBuffer(new DataView(bytes.buffer, 1, 2))]).toEqual([2, 3])
  })

  it('stops loudly at what Swagger UI never hashes', () => {
    expect(() => toBuffer('00ff', 'hex')).toThrow(/UTF-8 text only/)
    expect(() => toBuffer(42)).toThrow(/text or bytes only/)
  })
})
