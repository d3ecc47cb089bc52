import { describe, expect, it } from 'vitest'
import { prefixed, pythonExpression, pythonLines, pythonLiteral, pythonString } from './python-literal'

describe('Python literals', () => {
  it('quote strings as Python reads them back', () => {
    expect(pythonString('say "hi"\\')).toBe('"say \\"hi\\"\\\\"')
    expect(pythonString("it's\n\r\t")).toBe('"it\'s\\n\\r\\t"')
    expect(pythonString('\u0000\u007f\u00a0é ü')).toBe('"\\x00\\x7f\\xa0é ü"')
    expect(pythonString('\u2028\ufeff\ud800😀')).toBe('"\\u2028\\ufeff\\ud800😀"')
    expect(pythonString('\u{e0001}')).toBe('"\\U000e0001"')
  })

  it('turn JSON into dicts, lists, True, False and None', () => {
    expect(pythonLiteral(JSON.parse('{"a":{"b":[null,true,false,-1.5e-7,"x"]},"":{}}'))).toBe(
      '{"a": {"b": [None, True, False, -1.5e-7, "x"]}, "": {}}',
    )
  })
})

describe('Python laid out as Black lays it out', () => {
  it('keeps what fits in 88 characters on one line', () => {
    const call = { open: 'response = client.get(', items: ['"/items/"', 'follow_redirects=False'], close: ')' }
    expect(pythonLines(call, '    ')).toEqual(['    response = client.get("/items/", follow_redirects=False)'])
  })

  it('puts one item per line with a trailing comma when it does not fit, and splits nested groups alike', () => {
    const value = { title: 'x'.repeat(40), servers: [{ url: '/learn/oauth2' }], paths: { '/a': 'y'.repeat(80) } }
    expect(pythonLines(prefixed('assert response.json() == ', pythonExpression(value)), '    ')).toEqual([
      '    assert response.json() == {',
      `        "title": "${'x'.repeat(40)}",`,
      '        "servers": [{"url": "/learn/oauth2"}],',
      '        "paths": {',
      `            "/a": "${'y'.repeat(80)}",`,
      '        },',
      '    }',
    ])
  })

  it('writes empty dicts and lists, and scalars, as pythonLiteral does', () => {
    expect(pythonLines(pythonExpression({}), '')).toEqual(['{}'])
    expect(pythonLines(pythonExpression([]), '')).toEqual(['[]'])
    expect(pythonLines(prefixed('x = ', pythonExpression(null)), '')).toEqual(['x = None'])
  })
})
