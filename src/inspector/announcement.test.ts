import { describe, expect, it } from 'vitest'
import { nextAnnouncement, outcomeOf } from './announcement'
import { TEST_ROOT, exchange } from '../testing/test-exchange'

const done = (status: number, statusText: string) =>
  exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` }, response: { status, statusText } })

describe('what the live region says', () => {
  it('says one sentence for one new exchange', () => {
    const one = done(401, 'Unauthorized')
    expect(nextAnnouncement([one], new Set())).toEqual({
      text: 'GET /items/ answered 401 Unauthorized.',
      ids: [one.id],
    })
  })

  it('says one sentence for a whole burst, naming the latest', () => {
    const burst = [done(200, 'OK'), done(200, 'OK'), done(401, 'Unauthorized')]
    expect(nextAnnouncement(burst, new Set())?.text).toBe(
      '3 new exchanges; the latest, GET /items/ answered 401 Unauthorized.',
    )
  })

  it('says nothing about exchanges already announced or still pending', () => {
    const old = done(200, 'OK')
    const pending = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` } })
    expect(nextAnnouncement([old, pending], new Set([old.id]))).toBeUndefined()
  })

  it('labels the status as the exchange list does, and a status 0 as no answer', () => {
    const url = `${TEST_ROOT}token`
    expect(
      outcomeOf(exchange({ request: { method: 'POST', url }, response: { status: 401, statusText: 'Unauthorized' } })),
    ).toBe('answered 401 Unauthorized')
    expect(outcomeOf(exchange({ request: { method: 'POST', url }, response: { status: 204 } }))).toBe('answered 204')
    expect(outcomeOf(exchange({ request: { method: 'POST', url }, response: { status: 0 } }))).toBe('got no answer')
  })
})
