import { describe, expect, it } from 'vitest'
import { readDoc, tableRows } from '../testing/repository-docs'
import { RELEASE_CHANGES, releaseMark } from './release-changes'

describe('the catalog of changes since FastAPI 0.92', () => {
  it('words a mark with the release that changed it, what is different today and the pull request', () => {
    expect(releaseMark('tutorial003-invalid-credentials')).toBe(
      'FastAPI 0.122.0 changed this: today it answers 401 “Not authenticated” (#13786).',
    )
  })

  it('keys every change by its own id and names a release and a pull request', () => {
    for (const [id, change] of Object.entries(RELEASE_CHANGES)) {
      expect(change.id).toBe(id)
      expect(change.changedIn).toMatch(/^0\.\d+\.\d+$/)
      expect(change.pr).toMatch(/^#\d+$/)
    }
  })

  it('has a row in docs/fastapi-behaviour.md for every change, with the same release and pull request', () => {
    const rows = tableRows(readDoc('fastapi-behaviour.md') ?? '', 'what-fastapi-092-did-differently')
    for (const change of Object.values(RELEASE_CHANGES)) {
      const changedIn = rows.get(change.id)?.at(-1)
      expect(changedIn, change.id).toBeDefined()
      expect(changedIn?.startsWith(`${change.changedIn} (${change.pr})`), `${change.id}: ${changedIn}`).toBe(true)
    }
  })
})
