import { describe, expect, it } from 'vitest'
import { uploadFileInput } from './upload-file'

const encoder = new TextEncoder()

function inputFor(content: string | Uint8Array, headers: readonly (readonly [string, string])[] = []) {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content
  return uploadFileInput({ filename: 'a.txt', headers, content: bytes })
}

const IN_MEMORY = {
  _max_size: 1048576,
  _rolled: false,
  _TemporaryFileArgs: {
    mode: 'w+b',
    buffering: -1,
    suffix: null,
    prefix: null,
    encoding: null,
    newline: null,
    dir: null,
    errors: null,
  },
}

describe('uploadFileInput: an UploadFile as jsonable_encoder writes it', () => {
  it('lists its attributes: filename, file, size, headers, _max_mem_size', () => {
    expect(Object.keys(inputFor('johndoe'))).toEqual(['filename', 'file', 'size', 'headers', '_max_mem_size'])
    expect(inputFor('johndoe')).toMatchObject({ filename: 'a.txt', size: 7, _max_mem_size: 1048576 })
  })

  it('keeps the first value of a repeated header', () => {
    const headers = [
      ['content-disposition', 'form-data; name="u"; filename="a.txt"'],
      ['x-a', '1'],
      ['x-a', '2'],
    ] as const
    expect(inputFor('x', headers).headers).toEqual({ 'content-disposition': headers[0][1], 'x-a': '1' })
  })

  it('writes the file as its attributes when its lines are not all two bytes long', () => {
    expect(inputFor('johndoe').file).toEqual({ _file: {}, ...IN_MEMORY })
  })

  it('writes the file as a dict of byte values when every line is two bytes long', () => {
    expect(inputFor('ab').file).toEqual({ 97: 98 })
    expect(inputFor('a\nb\n').file).toEqual({ 97: 10, 98: 10 })
    expect(inputFor('ö').file).toEqual({ 195: 182 })
    expect(inputFor('').file).toEqual({})
  })

  it('after a line that is not two bytes long, reads the lines left into `_file`', () => {
    expect(inputFor('ab\ncd').file).toEqual({ _file: { 99: 100 }, ...IN_MEMORY })
    expect(inputFor('abc\nxy').file).toEqual({ _file: { 120: 121 }, ...IN_MEMORY })
    expect(inputFor('ab\nxyz').file).toEqual({ _file: {}, ...IN_MEMORY })
  })

  it('marks a file past 1 MiB as rolled over to disk, without the arguments kept for that', () => {
    expect(inputFor('x'.repeat(1024 * 1024)).file).toEqual({ _file: {}, ...IN_MEMORY })
    expect(inputFor('x'.repeat(1024 * 1024 + 1)).file).toEqual({ _file: {}, _max_size: 1048576, _rolled: true })
  })
})
