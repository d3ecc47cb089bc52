import { describe, expect, it } from 'vitest'
import { exchange } from '../testing/test-exchange'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { compareWithStandIn, isComparable } from './stand-in-replay-context'
import { excerpt } from './stand-in-comparison'

const root = new URL('http://127.0.0.1:8000/')
const json: [string, string][] = [['content-type', 'application/json']]

describe('comparing an exchange the real server answered', () => {
  it('compares only what the named server answered over the network', () => {
    const fromServer = exchange({
      request: { method: 'GET', url: 'http://127.0.0.1:8000/items/' },
      response: { status: 401, answeredBy: 'network' },
    })
    const fromStandIn = exchange({
      request: { method: 'GET', url: 'http://127.0.0.1:8000/items/' },
      response: { status: 401 },
    })
    const elsewhere = exchange({
      request: { method: 'GET', url: 'http://127.0.0.1:9000/items/' },
      response: { status: 401, answeredBy: 'network' },
    })
    expect([fromServer, fromStandIn, elsewhere].map((each) => isComparable(each, root))).toEqual([true, false, false])
  })

  it('replays once per exchange and stand-in, and finds a difference in the detail', async () => {
    const app = createFirstStepsApp(new Set())
    const answered = exchange({
      request: { method: 'GET', url: 'http://127.0.0.1:8000/items/', headers: [['authorization', 'Bearer abc']] },
      response: { status: 200, answeredBy: 'network', headers: json, body: '{"token":" abc"}' },
    })
    const first = compareWithStandIn(answered, app, root, 'http://127.0.0.1:4173')
    expect(compareWithStandIn(answered, app, root, 'http://127.0.0.1:4173')).toBe(first)
    const result = await first
    expect(result.state === 'done' && result.comparison.differences).toEqual([
      {
        aspect: 'body',
        name: 'body',
        server: '{"token":" abc"}',
        standIn: '{"token":"abc"}',
        where: { path: 'token', offset: 10 },
      },
    ])
  })
})

describe('an excerpt where two bodies part', () => {
  it('keeps some text on either side and marks the cuts', () => {
    const text = `${'a'.repeat(30)}X${'b'.repeat(50)}`
    expect(excerpt(text, 30)).toBe(`…${'a'.repeat(20)}X${'b'.repeat(39)}…`)
    expect(excerpt('{"a":1}', 5)).toBe('{"a":1}')
    expect(excerpt('', 0)).toBe('(empty)')
  })
})
