import { describe, expect, it } from 'vitest'
import { FormParserError, parseMultipart, type MultipartCallbacks } from './multipart-parser'
import { parseMultipart092 } from './multipart-parser-092'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** The callbacks Starlette would see, one line each. */
function events(parse: typeof parseMultipart, body: string, boundary = 'b'): string[] {
  const seen: string[] = []
  const data = (name: string) => (bytes: Uint8Array) => seen.push(`${name} ${JSON.stringify(decoder.decode(bytes))}`)
  const callbacks: MultipartCallbacks = {
    partBegin: () => seen.push('part begin'),
    partData: data('part data'),
    partEnd: () => seen.push('part end'),
    headerField: data('header field'),
    headerValue: data('header value'),
    headerEnd: () => seen.push('header end'),
    headersFinished: () => seen.push('headers finished'),
  }
  parse(encoder.encode(body), encoder.encode(boundary), callbacks)
  return seen
}

const PARSERS = [
  ['today', parseMultipart],
  ['0.92', parseMultipart092],
] as const

describe('python-multipart’s MultipartParser', () => {
  it.each(PARSERS)('%s: calls back for each header and each part, in order', (_, parse) => {
    expect(events(parse, '--b\r\nContent-Disposition: form-data; name="u"\r\n\r\nv\r\n--b--\r\n')).toEqual([
      'part begin',
      'header field "Content-Disposition"',
      'header value "form-data; name=\\"u\\""',
      'header end',
      'headers finished',
      'part data "v"',
      'part end',
    ])
  })

  it.each(PARSERS)('%s: keeps a CR, a LF or a partial delimiter inside a part’s data', (_, parse) => {
    const seen = events(parse, '--b\r\nA: 1\r\n\r\nx\ry\r\n-z\r\n--c\r\n--b--')
    const data = seen
      .filter((line) => line.startsWith('part data '))
      .map((line) => JSON.parse(line.slice(10)) as string)
    expect(data.join('')).toBe('x\ry\r\n-z\r\n--c')
    expect(seen.at(-1)).toBe('part end')
  })

  it.each(PARSERS)('%s: hands on what it has of a part when the body stops, but never ends the part', (_, parse) => {
    const seen = events(parse, '--b\r\nA: 1\r\n\r\nvalue\r\n--')
    expect(seen.at(-1)).toBe('part data "value"')
    expect(seen).not.toContain('part end')
  })

  it.each(PARSERS)('%s: throws FormParserError on bytes it cannot place', (_, parse) => {
    expect(() => events(parse, '--x\r\n')).toThrow(FormParserError)
    expect(() => events(parse, '--b\r\nA : 1\r\n\r\n')).toThrow(FormParserError)
  })
})
