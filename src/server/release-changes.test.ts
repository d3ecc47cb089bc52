import { describe, expect, it } from 'vitest'
import { RELEASE_CHANGES, releaseMark } from './release-changes'

describe('the catalog of changes since FastAPI 0.92', () => {
  it('words a mark with the release that changed it, what is different today and the pull request', () => {
    expect(releaseMark('tutorial003-invalid-credentials')).toBe(
      'FastAPI 0.122.0 changed this: today it answers 401 “Not authenticated” (#13786).',
    )
  })

  it('keys every change by its own id and names a §7 row, a release and a pull request', () => {
    for (const [id, change] of Object.entries(RELEASE_CHANGES)) {
      expect(change.id).toBe(id)
      expect(change.row).toBeGreaterThan(0)
      expect(change.changedIn).toMatch(/^0\.\d+\.\d+$/)
      expect(change.pr).toMatch(/^#\d+$/)
    }
  })
})
