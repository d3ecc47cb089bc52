// Each expected value is what Python 3.11's starlette.requests.cookie_parser returned for the input.
import { describe, expect, it } from 'vitest'
import { cookieParser, pythonCookieUnquote } from './starlette-cookies'

describe('cookie_parser', () => {
  it.each([
    [
      'a=1; b=2',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      'a=1;b=2;',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    ['  a  =  1  ', [['a', '1']]],
    ['a=b=c', [['a', 'b=c']]],
    ['lonely', [['', 'lonely']]],
    ['lonely; other', [['', 'other']]],
    ['a=1; a=2', [['a', '2']]],
    ['=x', [['', 'x']]],
    ['a=', [['a', '']]],
    [';;', []],
    ['a=\u00a01\u00a0', [['a', '1']]],
    ['a="x y"', [['a', 'x y']]],
  ])('parses %j', (header, cookies) => {
    expect([...cookieParser(header)]).toEqual(cookies)
  })
})

describe('http.cookies._unquote', () => {
  it.each([
    ['plain', 'plain'],
    ['"', '"'],
    ['""', ''],
    ['"abc', '"abc'],
    ['"a\\"b"', 'a"b'],
    ['"\\101\\102"', 'AB'],
    ['"\\400"', '400'],
    ['"\\\\"', '\\'],
    ['"a\\', '"a\\'],
    ['"x\\012y"', 'x\ny'],
    ['"\\"\\101"', '"A'],
  ])('unquotes %j to %j', (value, expected) => {
    expect(pythonCookieUnquote(value)).toBe(expected)
  })
})
