import { describe, expect, it } from 'vitest'
import { applyEdits, diffLines, hunks } from './python-diff'

const source = [
  'from fastapi import FastAPI',
  '',
  'app = FastAPI()',
  '',
  '@app.get("/")',
  'def root():',
  '    return {}',
].join('\n')

describe('applyEdits', () => {
  it('replaces the one place each edit names', () => {
    expect(applyEdits(source, [{ find: 'FastAPI()', replace: 'FastAPI(debug=True)' }])).toContain(
      'app = FastAPI(debug=True)',
    )
  })

  it('refuses an edit that matches nowhere or more than once', () => {
    expect(() => applyEdits(source, [{ find: 'nowhere', replace: '' }])).toThrow(/exactly one place/)
    expect(() => applyEdits(source, [{ find: 'FastAPI', replace: 'Starlette' }])).toThrow(/exactly one place/)
  })
})

describe('diffLines', () => {
  it('marks the changed line as removed then added, with both line numbers', () => {
    const after = applyEdits(source, [{ find: 'app = FastAPI()', replace: 'app = FastAPI(debug=True)' }])
    const changed = diffLines(source, after).filter((line) => line.kind !== 'same')
    expect(changed).toEqual([
      { kind: 'removed', text: 'app = FastAPI()', before: 3 },
      { kind: 'added', text: 'app = FastAPI(debug=True)', after: 3 },
    ])
  })

  it('finds nothing to mark in identical files', () => {
    expect(diffLines(source, source).every((line) => line.kind === 'same')).toBe(true)
  })
})

describe('hunks', () => {
  it('keeps two lines of context around a change and marks the gaps', () => {
    const after = applyEdits(source, [{ find: '    return {}', replace: '    return {"ok": True}' }])
    const shown = hunks(diffLines(source, after))
    expect(shown[0]).toBeNull()
    expect(shown.slice(1).map((line) => line?.text)).toEqual([
      '@app.get("/")',
      'def root():',
      '    return {}',
      '    return {"ok": True}',
    ])
  })
})
