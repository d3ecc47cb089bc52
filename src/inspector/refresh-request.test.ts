import { describe, expect, it } from 'vitest'
import { refreshRequest, refreshTokenOf, sendRefresh } from './refresh-request'
import { TEST_ROOT, exchange } from '../testing/test-exchange'

const answered = (status: number, body: string, method = 'POST') =>
  exchange({ request: { method, url: `${TEST_ROOT}token` }, response: { status, body } })

describe('the refresh token of a token answer', () => {
  it('is read from a successful JSON answer to a POST', () => {
    expect(refreshTokenOf(answered(200, '{"access_token":"a","refresh_token":"r-1_x"}'))).toBe('r-1_x')
  })

  it('is absent from failures, other methods, bodies without one and empty ones', () => {
    expect(refreshTokenOf(answered(401, '{"refresh_token":"r"}'))).toBeUndefined()
    expect(refreshTokenOf(answered(200, '{"refresh_token":"r"}', 'GET'))).toBeUndefined()
    expect(refreshTokenOf(answered(200, '{"access_token":"a"}'))).toBeUndefined()
    expect(refreshTokenOf(answered(200, '{"refresh_token":7}'))).toBeUndefined()
    expect(refreshTokenOf(answered(200, '{"refresh_token":""}'))).toBeUndefined()
    expect(refreshTokenOf(answered(200, 'not json'))).toBeUndefined()
  })
})

describe('refreshing with it', () => {
  it('posts grant_type=refresh_token and the token, urlencoded, to the URL the answer came from', () => {
    expect(refreshRequest(answered(200, '{}'), 'a+b/c')).toEqual({
      url: `${TEST_ROOT}token`,
      init: {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=refresh_token&refresh_token=a%2Bb%2Fc',
      },
    })
  })

  it('goes through the given fetch and reports the status', async () => {
    const bodies: string[] = []
    const status = await sendRefresh(answered(200, '{}'), 'r', (_url, init) => {
      bodies.push(typeof init.body === 'string' ? init.body : '')
      return Promise.resolve(new Response('{"detail":"Invalid refresh token"}', { status: 401 }))
    })
    expect(status).toBe(401)
    expect(bodies).toEqual(['grant_type=refresh_token&refresh_token=r'])
  })
})
