import { describe, expect, it } from 'vitest'
import { resendRequest, resendWithToken, sendAgainRequest } from './resend'
import { TEST_ROOT, exchange } from '../testing/test-exchange'

const original = exchange({
  request: {
    method: 'GET',
    url: `${TEST_ROOT}items/`,
    headers: [
      ['accept', 'application/json'],
      ['authorization', 'Bearer old'],
    ],
  },
})

describe('resending with a tampered token', () => {
  it('sends the same method to the same URL with only the Authorization header changed', () => {
    expect(resendRequest(original, 'new.token.')).toEqual({
      url: `${TEST_ROOT}items/`,
      init: { method: 'GET', headers: { accept: 'application/json', authorization: 'Bearer new.token.' } },
    })
  })

  it('keeps the body and its content type for a request that had one', () => {
    const post = exchange({
      request: { method: 'POST', url: `${TEST_ROOT}x`, headers: [['content-type', 'text/plain']], body: 'hi' },
    })
    expect(resendRequest(post, 't').init).toMatchObject({ body: 'hi', headers: { 'content-type': 'text/plain' } })
  })

  it('goes through the given fetch and reports the status', async () => {
    const seen: string[] = []
    const status = await resendWithToken(original, 'abc', (url, init) => {
      seen.push(`${url} ${new Headers(init.headers).get('authorization') ?? ''}`)
      return Promise.resolve(new Response('{}', { status: 401 }))
    })
    expect(status).toBe(401)
    expect(seen).toEqual([`${TEST_ROOT}items/ Bearer abc`])
  })
})

describe('Send again', () => {
  it('sends the same method, URL and body with the headers an app reads, not Swagger UI’s login mark', () => {
    const sent = exchange({
      request: {
        method: 'POST',
        url: `${TEST_ROOT}realms/playground/protocol/openid-connect/token`,
        headers: [
          ['accept', 'application/json, text/plain, */*'],
          ['content-type', 'application/x-www-form-urlencoded'],
          ['x-requested-with', 'XMLHttpRequest'],
        ],
        body: 'grant_type=authorization_code&code=abc',
      },
      response: { status: 200 },
    })
    expect(sendAgainRequest(sent)).toEqual({
      url: `${TEST_ROOT}realms/playground/protocol/openid-connect/token`,
      init: {
        method: 'POST',
        headers: { accept: 'application/json, text/plain, */*', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=authorization_code&code=abc',
      },
    })
  })
})
