// "Marked ⇔ differs": the same generated requests go to each lesson as today's FastAPI and as
// FastAPI 0.92; an answer carries release changes exactly when it differs from today's, and the
// lessons (with an HTTPBearer app for what they do not use) exercise every change in the catalog.
import { describe, expect, it } from 'vitest'
import { RELEASE_CHANGES, type ReleaseChangeId } from '../server/release-changes'
import { APPS_092, comparable, describeRequest, standInAnswers } from '../testing/fastapi-092-lessons'

const seen = new Set<ReleaseChangeId>()

describe('release marks on answers as FastAPI 0.92', () => {
  it.each(APPS_092)(
    '$id: an answer is marked exactly when today’s FastAPI would answer differently',
    async ({ createApp, requests }) => {
      const today = await standInAnswers(createApp('current'), requests)
      const old = await standInAnswers(createApp('0.92'), requests)
      const wrong = requests.flatMap((request, index) => {
        const before = old[index]
        const differs = JSON.stringify(comparable(today[index])) !== JSON.stringify(comparable(before))
        const marks = before?.record.releaseChanges ?? []
        for (const mark of marks) seen.add(mark)
        return differs === marks.length > 0 && before?.record.release === '0.92'
          ? []
          : [{ request: describeRequest(request), differs, marks }]
      })
      expect(wrong).toEqual([])
      expect(today.every((answer) => answer.record.release === undefined)).toBe(true)
    },
    60_000,
  )

  it('the lessons and the HTTPBearer app meet every change in the catalog', () => {
    expect([...seen].sort()).toEqual(Object.keys(RELEASE_CHANGES).sort())
  })
})
