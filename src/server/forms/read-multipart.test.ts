import { describe, expect, it } from 'vitest'
import type { FastApiRelease } from '../fastapi-release'
import { readMultipart } from './read-multipart'

const TYPE = 'multipart/form-data; boundary=b'
const encoder = new TextEncoder()

function part(name: string, value: string, disposition = `form-data; name="${name}"`): string {
  return `--b\r\nContent-Disposition: ${disposition}\r\n\r\n${value}\r\n`
}

const LOGIN = part('username', 'johndoe') + part('password', 'secret')

/** The parts, then the closing delimiter. */
function closed(...parts: string[]): string {
  return `${parts.join('')}--b--\r\n`
}

function read(body: string | Uint8Array, release: FastApiRelease = 'current', type = TYPE) {
  return readMultipart(typeof body === 'string' ? encoder.encode(body) : body, type, release)
}

function fieldsOf(body: string, release: FastApiRelease = 'current', type = TYPE) {
  const result = read(body, release, type)
  if (!result.ok) throw new Error(`refused: ${result.detail}`)
  return result.fields
}

describe('readMultipart, in both releases', () => {
  it.each(['current', '0.92'] as const)('%s: reads each part as a field, in order, repeats included', (release) => {
    expect(fieldsOf(`${LOGIN}${part('username', 'alice')}--b--\r\n`, release)).toEqual([
      ['username', 'johndoe'],
      ['password', 'secret'],
      ['username', 'alice'],
    ])
  })

  it.each(['current', '0.92'] as const)(
    '%s: a body that stops before its closing delimiter keeps the parts that ended',
    (release) => {
      for (const cut of [
        LOGIN,
        `${LOGIN}--b`,
        LOGIN.slice(0, -2),
        `${part('username', 'johndoe')}--b\r\nContent-Dis`,
      ]) {
        expect(fieldsOf(cut, release)).toEqual([['username', 'johndoe']])
      }
    },
  )

  it.each(['current', '0.92'] as const)('%s: a part without a name is refused with Starlette’s detail', (release) => {
    for (const body of [
      part('x', 'secret', 'form-data'),
      '--b\r\n\r\nsecret\r\n',
      part('x', 'v', "form-data; name*=UTF-8''username"),
    ]) {
      expect(read(`${part('username', 'johndoe')}${body}--b--\r\n`, release)).toEqual({
        ok: false,
        detail: 'The Content-Disposition header field "name" must be provided.',
      })
    }
  })

  it.each(['current', '0.92'] as const)('%s: a name’s quotes and escapes are undone; the last name wins', (release) => {
    expect(fieldsOf(closed(part('', 'v', 'form-data; name="a\\"b\\\\c"')), release)).toEqual([['a"b\\c', 'v']])
    expect(fieldsOf(closed(part('', 'v', 'form-data; NAME = username')), release)).toEqual([['username', 'v']])
    expect(fieldsOf(closed(part('', 'v', 'form-data; name="x"; name="username"')), release)).toEqual([
      ['username', 'v'],
    ])
    expect(fieldsOf(closed(part('', 'v', 'form-data; name="a;b"; x=1')), release)).toEqual([['a;b', 'v']])
  })

  it.each(['current', '0.92'] as const)(
    '%s: names and values are UTF-8, or the charset named, else Latin-1',
    (release) => {
      const body = closed(part('usérname', 'jöhn'))
      expect(fieldsOf(body, release)).toEqual([['usérname', 'jöhn']])
      expect(fieldsOf(body, release, `${TYPE}; charset=latin-1`)).toEqual([['usÃ©rname', 'jÃ¶hn']])
      expect(fieldsOf(body, release, `${TYPE}; charset=no-such-codec`)).toEqual([['usÃ©rname', 'jÃ¶hn']])
      const latin1 = Uint8Array.from([
        ...encoder.encode('--b\r\nContent-Disposition: form-data; name="u"\r\n\r\nj'),
        0xf6,
        ...encoder.encode('\r\n--b--'),
      ])
      expect(read(latin1, release)).toEqual({ ok: true, fields: [['u', 'jö']] })
    },
  )

  it.each(['current', '0.92'] as const)('%s: a part with a filename is an uploaded file', (release) => {
    const body = `--b\r\nContent-Disposition: form-data; name="username"; filename="C:\\\\dir\\\\a.txt"\r\nContent-Type: text/plain\r\n\r\njohndoe\r\n--b--`
    expect(fieldsOf(body, release)).toEqual([
      [
        'username',
        {
          filename: 'a.txt',
          headers: [
            ['content-disposition', 'form-data; name="username"; filename="C:\\\\dir\\\\a.txt"'],
            ['content-type', 'text/plain'],
          ],
          content: encoder.encode('johndoe'),
        },
      ],
    ])
  })

  it.each(['current', '0.92'] as const)('%s: refuses what python-multipart cannot parse', (release) => {
    const detail = release === '0.92' ? 'There was an error parsing the body' : 'Invalid multipart data.'
    for (const body of [
      'username=johndoe&password=secret',
      `preamble\r\n${LOGIN}`,
      LOGIN.replace(/\r\n/g, '\n'),
      `--b\r\nContent-Disposition : form-data; name="u"\r\n\r\nv\r\n`,
      `--b\r\nContent-Disposition: form-data; name="u"\rX\r\n\r\nv\r\n`,
      `--b\r\n: v\r\n\r\nv\r\n`,
    ]) {
      expect(read(body, release)).toEqual({ ok: false, detail })
    }
  })

  it.each(['current', '0.92'] as const)('%s: keeps Starlette’s limits on fields and on a part’s size', (release) => {
    const fields = Array.from({ length: 1001 }, (_, index) => part(`f${index}`, 'x')).join('')
    expect(read(fields, release)).toEqual({ ok: false, detail: 'Too many fields. Maximum number of fields is 1000.' })
    expect(read(part('u', 'x'.repeat(1024 * 1024 + 1)), release)).toEqual({
      ok: false,
      detail: 'Part exceeded maximum size of 1024KB.',
    })
    expect(read(`${part('u', 'x'.repeat(1024 * 1024))}--b--`, release)).toMatchObject({ ok: true })
  })

  it.each(['current', '0.92'] as const)('%s: an empty body, or nothing but line ends, is an empty form', (release) => {
    expect(fieldsOf('', release)).toEqual([])
    expect(fieldsOf('\r\n\r\n', release)).toEqual([])
  })

  it.each(['current', '0.92'] as const)('%s: a Content-Type without a boundary is refused', (release) => {
    for (const type of [
      'multipart/form-data',
      'multipart/form-data; xboundary=b',
      'multipart/form-data; boundary*=b',
    ]) {
      expect(read(LOGIN, release, type)).toEqual({ ok: false, detail: 'Missing boundary in multipart.' })
    }
  })
})

describe('readMultipart, where today’s python-multipart differs from 0.92’s', () => {
  it('today skips a preamble that starts with a line end and holds no hyphen; 0.92 refuses it', () => {
    const body = `\r\npreamble\r\n${LOGIN}--b--\r\n`
    expect(fieldsOf(body)).toEqual([
      ['username', 'johndoe'],
      ['password', 'secret'],
    ])
    expect(read(body, '0.92')).toEqual({ ok: false, detail: 'There was an error parsing the body' })
  })

  it('today reads `--b--` alone as an empty form; 0.92 refuses it', () => {
    expect(fieldsOf('--b--\r\n')).toEqual([])
    expect(read('--b--\r\n', '0.92')).toEqual({ ok: false, detail: 'There was an error parsing the body' })
  })

  it('today takes header names that are HTTP tokens; 0.92 letters and hyphens only', () => {
    const body = `--b\r\nX_1: a\r\nContent-Disposition: form-data; name="u"\r\n\r\nv\r\n--b--`
    expect(fieldsOf(body)).toEqual([['u', 'v']])
    expect(read(body, '0.92')).toEqual({ ok: false, detail: 'There was an error parsing the body' })
  })

  it('today refuses a header line without a colon; 0.92 ends the headers there', () => {
    const body = (stray: string) => closed(`--b\r\nContent-Disposition: form-data; name="u"\r\n${stray}\r\n\r\nv\r\n`)
    expect(read(body('X'))).toEqual({ ok: false, detail: 'Invalid multipart data.' })
    // The line's length stays as the delimiter index, so the first data byte (the blank line's CR)
    // is matched against the delimiter's second byte, LF: no match, and the first byte of the
    // never-written look-behind buffer (NUL) goes out as data before the blank line itself.
    expect(fieldsOf(body('X'), '0.92')).toEqual([['u', '\0\r\nv']])
    // A line as long as the delimiter (`\r\n--b`) makes the blank line end a part: the next part
    // starts with `v` as its header, and has no name.
    expect(read(body('Stray'), '0.92')).toEqual({
      ok: false,
      detail: 'The Content-Disposition header field "name" must be provided.',
    })
    // Longer, the index never comes back to 0: the rest of the body is one part that never ends.
    expect(fieldsOf(body('Strays'.repeat(1)), '0.92')).toEqual([])
    // Longer than the buffer (the boundary and 8 bytes), Python fails with an IndexError.
    expect(read(body('Strays'.repeat(2)), '0.92')).toEqual({ ok: false, detail: 'There was an error parsing the body' })
  })

  it('today allows 8 headers of at most 4224 bytes a part; 0.92 has no limit', () => {
    const headers = (count: number, size = 1) => `X-A: ${'a'.repeat(size)}\r\n`.repeat(count)
    const body = (extra: string) => `--b\r\nContent-Disposition: form-data; name="u"\r\n${extra}\r\nv\r\n--b--`
    expect(fieldsOf(body(headers(7)))).toEqual([['u', 'v']])
    expect(read(body(headers(8)))).toEqual({ ok: false, detail: 'Invalid multipart data.' })
    expect(read(body(headers(1, 4300)))).toEqual({ ok: false, detail: 'Invalid multipart data.' })
    expect(fieldsOf(body(headers(9, 4300)), '0.92')).toEqual([['u', 'v']])
  })

  it('today refuses a boundary over 256 bytes; 0.92 takes it', () => {
    const boundary = 'x'.repeat(257)
    const body = LOGIN.replaceAll('--b', `--${boundary}`)
    const type = `multipart/form-data; boundary=${boundary}`
    expect(read(body, 'current', type)).toEqual({ ok: false, detail: 'Invalid multipart data.' })
    expect(fieldsOf(body, '0.92', type)).toHaveLength(1)
  })

  it('today pads a delimiter with spaces; 0.92 reads such a line as data', () => {
    const body = `${part('u', 'v')}--b \t\r\n${part('w', 'x').slice(5)}--b--`
    expect(fieldsOf(body)).toEqual([
      ['u', 'v'],
      ['w', 'x'],
    ])
    expect(fieldsOf(body, '0.92')).toEqual([['u', `v\r\n--b \t\r\nContent-Disposition: form-data; name="w"\r\n\r\nx`]])
  })

  it('today a name without `=` or value is an empty name; 0.92 finds no name', () => {
    for (const disposition of ['form-data; name', 'form-data; name=']) {
      expect(fieldsOf(closed(part('', 'v', disposition)))).toEqual([['', 'v']])
      expect(read(closed(part('', 'v', disposition)), '0.92')).toMatchObject({ ok: false })
    }
  })

  it('reads an empty or half-quoted boundary as sent today; 0.92 finds no boundary', () => {
    const halfQuoted = 'multipart/form-data; boundary="b'
    expect(read(LOGIN.replaceAll('--b', '--"b'), 'current', halfQuoted)).toEqual({
      ok: true,
      fields: [['username', 'johndoe']],
    })
    expect(read(LOGIN, 'current', 'multipart/form-data; boundary=')).toEqual({
      ok: false,
      detail: 'Invalid multipart data.',
    })
    for (const type of [halfQuoted, 'multipart/form-data; boundary=']) {
      expect(read(LOGIN, '0.92', type)).toEqual({ ok: false, detail: 'Missing boundary in multipart.' })
    }
  })

  it('reads a Content-Disposition with a LF in it each its own way', () => {
    const body = closed(part('', 'v', 'form-data; name="u"\n'))
    expect(fieldsOf(body)).toEqual([['"u"\n', 'v']])
    expect(fieldsOf(body, '0.92')).toEqual([['u', 'v']])
  })
})
