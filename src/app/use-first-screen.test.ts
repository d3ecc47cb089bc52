import { describe, expect, it } from 'vitest'
import type { TrafficEvent } from '../server/traffic'
import { answeredNothing } from './use-first-screen'

const response = (status: number): TrafficEvent => ({
  kind: 'response',
  id: '1',
  answeredBy: 'stand-in',
  status,
  statusText: '',
  headers: [],
  body: '',
  finishedAt: 0,
  record: undefined,
  route: undefined,
})

describe('a request that leaves Swagger UI nothing to draw', () => {
  it('is one that failed or got no status at all (an app that did not start)', () => {
    expect(answeredNothing({ kind: 'failure', id: '1', message: 'Failed to fetch' })).toBe(true)
    expect(answeredNothing(response(0))).toBe(true)
  })

  it('is not one that got an answer, an error status included, nor one still on its way', () => {
    expect(answeredNothing(response(200))).toBe(false)
    expect(answeredNothing(response(404))).toBe(false)
    expect(
      answeredNothing({ kind: 'request', id: '1', method: 'GET', url: '/', headers: [], body: '', startedAt: 0 }),
    ).toBe(false)
  })
})
