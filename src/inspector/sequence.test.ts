import { describe, expect, it } from 'vitest'
import { sequenceOf } from './sequence'
import { linkTokens } from './token-links'
import { TEST_CONTEXT, TEST_ROOT, exchange } from '../testing/test-exchange'

describe('the session as a sequence', () => {
  it('tells each exchange as an arrow out and an arrow back, with the token labels', () => {
    const exchanges = [
      exchange({
        seq: 1,
        request: { method: 'GET', url: `${TEST_ROOT}items` },
        response: { status: 307, statusText: 'Temporary Redirect', headers: [['location', `${TEST_ROOT}items/`]] },
      }),
      exchange({
        seq: 2,
        request: { method: 'GET', url: `${TEST_ROOT}items/` },
        response: { status: 401, statusText: 'Unauthorized', headers: [['www-authenticate', 'Bearer']] },
      }),
      exchange({
        seq: 3,
        request: {
          method: 'POST',
          url: `${TEST_ROOT}token`,
          headers: [
            ['authorization', 'Basic Og=='],
            ['content-type', 'application/x-www-form-urlencoded'],
          ],
          body: 'grant_type=password&username=alice&password=secret',
        },
        response: { status: 200, statusText: 'OK', body: '{"access_token":"alice","token_type":"bearer"}' },
      }),
      exchange({
        seq: 4,
        context: { ...TEST_CONTEXT },
        request: { method: 'GET', url: `${TEST_ROOT}items/`, headers: [['authorization', 'Bearer alice']] },
      }),
    ]
    const items = sequenceOf(exchanges, linkTokens(exchanges))
    expect(items.map(({ request, response, tone }) => [request, response, tone])).toEqual([
      ['GET /items, no Authorization', '307 Temporary Redirect, location /items/', 'redirect'],
      ['GET /items/, no Authorization', '401 Unauthorized, www-authenticate: Bearer', 'error'],
      ['POST /token, password form for "alice", Basic Og==', '200 OK, access_token T1', 'ok'],
      ['GET /items/, Bearer T1', 'waiting…', 'pending'],
    ])
  })

  it('marks where the lesson changed', () => {
    const exchanges = [
      exchange({ request: { method: 'GET', url: `${TEST_ROOT}openapi.json` } }),
      exchange({
        context: { ...TEST_CONTEXT, lessonId: 'simple-oauth2' },
        request: { method: 'GET', url: `${TEST_ROOT}openapi.json` },
      }),
    ]
    expect(sequenceOf(exchanges, linkTokens(exchanges)).map((item) => item.lessonChange)).toEqual([
      undefined,
      'simple-oauth2',
    ])
  })
})
