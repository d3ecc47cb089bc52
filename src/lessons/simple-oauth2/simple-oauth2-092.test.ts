// tutorial003 as FastAPI 0.92 answered it (docs/fastapi-behaviour.md#what-fastapi-092-did-differently,
// rows `tutorial003-invalid-credentials`, `bearer-token-not-stripped`, `grant-type-prefix` and
// `pydantic-1-errors`; the tutorial's get_current_user then said "Invalid authentication credentials").
// src/lessons/fastapi-092-agreement.test.ts checks the same against the real FastAPI 0.92; these pin
// the rows one by one.
import { describe, expect, it } from 'vitest'
import { bearer, createTestClient, form } from '../../testing/test-client'
import { createSimpleOAuth2App } from './simple-oauth2-app'

const client = createTestClient(createSimpleOAuth2App(new Set(), '0.92'))
const INVALID = '{"detail":"Invalid authentication credentials"}'
const JOHN =
  '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false,"hashed_password":"fakehashedsecret"}'

describe('tutorial003 as FastAPI 0.92', () => {
  it('answers an unknown token 401 Invalid authentication credentials, marked as changed in 0.122.0', async () => {
    const response = await client.get('/users/me', { headers: bearer('nobody') })
    expect(response.status).toBe(401)
    expect(response.text).toBe(INVALID)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(response.record.release).toBe('0.92')
    expect(response.record.releaseChanges).toEqual(['tutorial003-invalid-credentials'])
  })

  it.each(['JohnDoe', ''])('says the same for the token %j', async (token) => {
    const response = await client.get('/users/me', { headers: { authorization: `Bearer ${token}`.trim() } })
    expect([response.status, response.text]).toEqual([401, INVALID])
  })

  it('keeps the space of "Bearer  johndoe" in the token, so no user is found', async () => {
    const response = await client.get('/users/me', { headers: { authorization: 'Bearer  johndoe' } })
    expect([response.status, response.text]).toEqual([401, INVALID])
    expect(response.record.releaseChanges).toEqual(['bearer-token-not-stripped', 'tutorial003-invalid-credentials'])
  })

  it('answers as today where nothing changed, unmarked', async () => {
    const john = await client.get('/users/me', { headers: bearer('johndoe') })
    expect([john.status, john.text]).toEqual([200, JOHN])
    const alice = await client.get('/users/me', { headers: bearer('alice') })
    expect([alice.status, alice.text]).toEqual([400, '{"detail":"Inactive user"}'])
    const none = await client.get('/users/me')
    expect([none.status, none.text]).toEqual([401, '{"detail":"Not authenticated"}'])
    for (const response of [john, alice, none]) expect(response.record.releaseChanges).toEqual([])
  })

  it('logs in with a grant_type that only starts with "password"', async () => {
    const response = await client.post('/token', form('grant_type=passwordX&username=johndoe&password=secret'))
    expect([response.status, response.text]).toEqual([200, '{"access_token":"johndoe","token_type":"bearer"}'])
    expect(response.record.releaseChanges).toEqual(['grant-type-prefix'])
  })

  it('answers a bad form with Pydantic 1’s 422 body', async () => {
    const response = await client.post('/token', form('grant_type=xpassword&password=secret'))
    expect(response.status).toBe(422)
    expect(response.text).toBe(
      '{"detail":[{"loc":["body","grant_type"],"msg":"string does not match regex \\"password\\"",' +
        '"type":"value_error.str.regex","ctx":{"pattern":"password"}},' +
        '{"loc":["body","username"],"msg":"field required","type":"value_error.missing"}]}',
    )
    expect(response.record.releaseChanges).toEqual(['pydantic-1-errors'])
  })
})
