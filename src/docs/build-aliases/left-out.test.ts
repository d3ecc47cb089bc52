import { describe, expect, it } from 'vitest'
import AggregateErrorExport from './aggregate-error-native'
import purifier from './dompurify-left-out'
import assignExtends from './extends-native'
import includesOf from './includes-native'
import { Remarkable, linkify } from './remarkable-left-out'

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
