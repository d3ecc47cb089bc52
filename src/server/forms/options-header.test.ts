import { describe, expect, it } from 'vitest'
import type { FastApiRelease } from '../fastapi-release'
import { parseOptionsHeader } from './options-header'

function parsed(header: string | null, release: FastApiRelease = 'current') {
  const { value, options } = parseOptionsHeader(header, release)
  return { value, options: Object.fromEntries(options) }
}

describe('parseOptionsHeader, in both releases', () => {
  it.each(['current', '0.92'] as const)('%s: splits a Content-Type into its media type and parameters', (release) => {
    expect(parsed('multipart/form-data; boundary=b; charset=utf-8', release)).toEqual({
      value: 'multipart/form-data',
      options: { boundary: 'b', charset: 'utf-8' },
    })
  })

  it.each(['current', '0.92'] as const)('%s: lowercases and strips a header without parameters', (release) => {
    expect(parsed('Multipart/Form-Data\t', release)).toEqual({ value: 'multipart/form-data', options: {} })
    expect(parsed(null, release)).toEqual({ value: '', options: {} })
  })

  it.each(['current', '0.92'] as const)(
    '%s: lowercases names, unquotes values, keeps the last of a repeated name',
    (release) => {
      expect(parsed('form-data; NAME="a\\"b\\\\c"; Name = x; name=y', release).options).toEqual({ name: 'y' })
      expect(parsed('form-data; name="a\\"b\\\\c"', release).options).toEqual({ name: 'a"b\\c' })
      expect(parsed('form-data; name="a;b"; x=1', release).options).toEqual({ name: 'a;b', x: '1' })
    },
  )

  it.each(['current', '0.92'] as const)(
    '%s: keeps only the last segment of a Windows path as the filename',
    (release) => {
      expect(parsed('form-data; filename="C:\\\\dir\\\\a.txt"', release).options).toEqual({ filename: 'a.txt' })
      expect(parsed('form-data; filename="\\\\\\\\host\\\\a.txt"', release).options).toEqual({ filename: 'a.txt' })
    },
  )
})

describe('parseOptionsHeader, where today’s python-multipart differs from 0.92’s', () => {
  it('today lowercases and strips the media type before parameters; 0.92 keeps it as sent', () => {
    expect(parsed('Multipart/Form-Data ; boundary=b').value).toBe('multipart/form-data')
    expect(parsed('Multipart/Form-Data ; boundary=b', '0.92').value).toBe('Multipart/Form-Data ')
  })

  it('today a value runs to the next `;`; 0.92 takes the token or quoted string at its start', () => {
    for (const [header, today, old] of [
      ['x; boundary=b c', 'b c', 'b'],
      ['x; boundary=b"', 'b"', 'b'],
      ['x; boundary=a\\b', 'a\\b', 'a'],
      ['x; boundary=a/b=c', 'a/b=c', 'a'],
    ] as const) {
      expect(parsed(header).options).toEqual({ boundary: today })
      expect(parsed(header, '0.92').options).toEqual({ boundary: old })
    }
  })

  it('today a name without a value has an empty one; 0.92 skips it', () => {
    for (const header of ['form-data; name', 'form-data; name=', 'form-data; name="']) {
      expect(parsed(header, '0.92').options).toEqual({})
    }
    expect(parsed('form-data; name').options).toEqual({ name: '' })
    expect(parsed('form-data; name=').options).toEqual({ name: '' })
    expect(parsed('form-data; name="').options).toEqual({ name: '"' })
  })

  it('today skips `name*=` parameters as RFC 7578 §4.2 asks; 0.92 keeps them under their own name', () => {
    expect(parsed("form-data; name*=UTF-8''u; name=v").options).toEqual({ name: 'v' })
    expect(parsed("form-data; name*=UTF-8''u", '0.92').options).toEqual({ 'name*': "UTF-8''u" })
  })

  it('today unquotes only a value that is quoted whole; 0.92 finds the quoted string in a longer value', () => {
    expect(parsed('form-data; name="u"\n').options).toEqual({ name: '"u"\n' })
    expect(parsed('form-data; name="u"\n', '0.92').options).toEqual({ name: 'u' })
  })

  it('today lowercases letters beyond ASCII in names; 0.92 only A–Z', () => {
    expect(parsed('x; NÀME=v').options).toEqual({ nàme: 'v' })
    expect(parsed('x; NÀME=v', '0.92').options).toEqual({ nÀme: 'v' })
  })
})
