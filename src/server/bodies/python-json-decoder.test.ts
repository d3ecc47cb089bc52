// Checked against the machine's own CPython: json.loads and json.dumps are the reference.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { pythonFloatRepr, pythonJsonDumpsUnicode, pythonJsonLoadsText } from './python-json-decoder'

const DOCUMENTS = [
  '{"username": "johndoe", "password": "secret"}',
  '{some broken json}',
  '',
  '   ',
  '{',
  '{"a"',
  '{"a" 1}',
  '{"a": }',
  '{"a": 1 "b": 2}',
  '[1 2]',
  '[1,',
  '"abc',
  '"a\\qb"',
  '"a\\u12"',
  '"a\\u12zz"',
  '"\\ud83d\\ude00 is one character"',
  '"tab\there"',
  '{"b": 1, "a": 2, "b": 3}',
  '{"10": 1, "2": 2, "a": 3}',
  '[1.0, 1e2, -0.0, 0.0001, 0.00001, 1e16, 123456789012345678901234567890, 1.5e300, -2E-7, 3.14]',
  '[NaN, Infinity, -Infinity]',
  '-',
  '01',
  '1.',
  '.5',
  '[true, false, null]',
  'tru',
  '{"a": [1, {"b": "ü€😀"}]} x',
  '{"a":1}\n',
]

function cpython(documents: readonly string[]): unknown[] {
  const script = `
import json, sys
out = []
for doc in json.load(sys.stdin):
    try:
        out.append({"ok": True, "dumped": json.dumps(json.loads(doc), ensure_ascii=False, separators=(",", ":"))})
    except json.JSONDecodeError as e:
        out.append({"ok": False, "msg": e.msg, "pos": e.pos})
print(json.dumps(out))
`
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: JSON.stringify(documents) }).toString(),
  ) as unknown[]
}

describe('pythonJsonLoadsText', () => {
  it('decodes and fails exactly as CPython does, message and position included', () => {
    const ours = DOCUMENTS.map((doc) => {
      const decoded = pythonJsonLoadsText(doc)
      return decoded.ok
        ? { ok: true, dumped: pythonJsonDumpsUnicode(decoded.value) }
        : { ok: false, msg: decoded.msg, pos: decoded.pos }
    })
    expect(ours).toEqual(cpython(DOCUMENTS))
  })

  // Python 3.13 names a trailing comma (Lib/json/decoder.py, Modules/_json.c); older Pythons said
  // "Expecting property name…" or "Expecting value" where the next value should have been.
  it.each([
    ['{"a": 1,}', 'Illegal trailing comma before end of object', 7],
    ['[1, 2 , ]', 'Illegal trailing comma before end of array', 6],
  ])('names the trailing comma in %j as Python 3.13 does', (doc, msg, pos) => {
    expect(pythonJsonLoadsText(doc)).toEqual({ ok: false, msg, pos })
  })
})

describe('pythonFloatRepr', () => {
  it.each([
    [1, '1.0'],
    [0.1, '0.1'],
    [1e16, '1e+16'],
    [123456789.125, '123456789.125'],
    [1e-5, '1e-05'],
    [-2.5e-10, '-2.5e-10'],
  ])('writes %d as %s', (value, repr) => {
    expect(pythonFloatRepr(value)).toBe(repr)
  })
})
