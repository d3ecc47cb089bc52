import { describe, expect, it } from 'vitest'
import { createTestClient } from '../../testing/test-client'
import { createHttpBasicAuthCheckApp } from './http-basic-auth-check-app'

const client = createTestClient(createHttpBasicAuthCheckApp())

function basic(authorization: string | undefined) {
  return { headers: authorization === undefined ? undefined : { authorization } }
}

function basicOf(username: string, password: string) {
  const bytes = new TextEncoder().encode(`${username}:${password}`)
  return basic(`Basic ${btoa(String.fromCharCode(...bytes))}`)
}

describe('tutorial007: GET /users/me accepts only stanleyjobson / swordfish', () => {
  it('valid: 200 with the username only', async () => {
    const response = await client.get('/users/me', basic('Basic c3RhbmxleWpvYnNvbjpzd29yZGZpc2g='))
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"username":"stanleyjobson"}')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it.each([
    ['none', undefined],
    ['not base64', 'Basic notabase64token'],
    ['no colon', 'Basic am9obnNlY3JldA=='],
    ['non-ASCII password', 'Basic c3RhbmxleWpvYnNvbjpzd29yZGZpc2jDqQ=='],
    ['Bearer scheme', 'Bearer xyz'],
  ])('%s: HTTPBasic answers 401 Not authenticated before the check runs', async (_case, authorization) => {
    const response = await client.get('/users/me', basic(authorization))
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Not authenticated"}')
    expect(response.headers.get('www-authenticate')).toBe('Basic')
    expect(response.record.steps.map((step) => step.stage)).toEqual(['routing', 'security'])
  })

  it.each([
    ['wrong username', 'Basic YWxpY2U6c3dvcmRmaXNo', /the password is right but the username "alice" is not/],
    ['wrong password', 'Basic c3RhbmxleWpvYnNvbjp3cm9uZ3Bhc3N3b3Jk', /the username is right but the password is not/],
    ['username case', 'Basic U3RhbmxleUpvYnNvbjpzd29yZGZpc2g=', /"StanleyJobson" is not stanleyjobson \(case counts\)/],
  ])('%s: 401 Incorrect username or password with WWW-Authenticate: Basic', async (_case, authorization, why) => {
    const response = await client.get('/users/me', basic(authorization))
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Incorrect username or password"}')
    expect(response.headers.get('www-authenticate')).toBe('Basic')
    expect(response.headers.get('content-length')).toBe('43')
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'dependency',
      result: 'raised',
      name: 'get_current_username',
      status: 401,
      detail: 'Incorrect username or password',
      why: expect.stringMatching(why) as unknown,
      neverRan: ['read_current_user'],
    })
    expect(response.record.steps.some((step) => step.stage === 'endpoint')).toBe(false)
  })

  it('gives the same answer when both are wrong, and says so only in the record', async () => {
    const response = await client.get('/users/me', basicOf('john', 'secret'))
    expect(response.text).toBe('{"detail":"Incorrect username or password"}')
    expect(response.record.steps.at(-1)).toMatchObject({
      why: expect.stringMatching(/neither the username "john" nor the password/) as unknown,
    })
  })

  it.each([
    ['the password with a trailing space', 'stanleyjobson', 'swordfish '],
    ['an empty password', 'stanleyjobson', ''],
    ['the pair swapped', 'swordfish', 'stanleyjobson'],
  ])('refuses %s', async (_case, username, password) => {
    const response = await client.get('/users/me', basicOf(username, password))
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Incorrect username or password"}')
  })

  it('never compares a UTF-8 name such as "Sebastián": HTTPBasic refuses it first', async () => {
    const response = await client.get('/users/me', basicOf('Sebastián', 'swordfish'))
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Not authenticated"}')
    expect(response.record.steps.at(-1)).toMatchObject({ stage: 'security', reason: 'not-ascii' })
  })

  it('redirects /users/me/ to /users/me before asking for credentials', async () => {
    const response = await client.get('/users/me/', { followRedirects: false })
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('http://testserver/users/me')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })
})

// tutorial007 as FastAPI 0.92's docs shipped it said "email" (row `tutorial007-email-detail` of
// docs/fastapi-behaviour.md#what-fastapi-092-did-differently), and HTTPBasic called undecodable
// credentials "Invalid authentication credentials" (row `basic-invalid-credentials`).
describe('tutorial007 as FastAPI 0.92', () => {
  const client092 = createTestClient(createHttpBasicAuthCheckApp('0.92'))

  it('refuses a wrong pair with "Incorrect email or password", marked as changed in 0.109.0', async () => {
    const response = await client092.get('/users/me', basicOf('stanleyjobson', 'wrong'))
    expect([response.status, response.text]).toEqual([401, '{"detail":"Incorrect email or password"}'])
    expect(response.headers.get('www-authenticate')).toBe('Basic')
    expect(response.record.releaseChanges).toEqual(['tutorial007-email-detail'])
  })

  it('refuses credentials without a colon as Invalid authentication credentials', async () => {
    const response = await client092.get('/users/me', basic('Basic am9obnNlY3JldA=='))
    expect([response.status, response.text]).toEqual([401, '{"detail":"Invalid authentication credentials"}'])
    expect(response.record.releaseChanges).toEqual(['basic-invalid-credentials'])
  })

  it('lets the right pair in, unmarked', async () => {
    const response = await client092.get('/users/me', basicOf('stanleyjobson', 'swordfish'))
    expect([response.status, response.text]).toEqual([200, '{"username":"stanleyjobson"}'])
    expect(response.record.releaseChanges).toEqual([])
  })
})
