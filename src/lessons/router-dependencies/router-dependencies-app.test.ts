// The lesson's app against main.py on today's FastAPI (the answers below were read from it, with the
// clock stopped at NOW): the public router, the protected router's one dependency, the admin
// router's role check, the route's scope check, and what the record says about each.
import { describe, expect, it } from 'vitest'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient, form } from '../../testing/test-client'
import { SECRET_KEY } from '../shared/jwt-tutorial'
import { createRouterDependenciesApp } from './router-dependencies-app'

// 15 January 2026, 12:00:00.250 UTC.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const EXP = 1768480200
const client = createTestClient(
  createRouterDependenciesApp({ passwords: directPasswordVerifier, now: () => NOW, release: 'current' }),
)

// PyJWT's tokens for these logins at NOW, computed with main.py itself.
const TOKENS = {
  john: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGUiOiIiLCJleHAiOjE3Njg0ODAyMDB9.uCiagyQqDi6JakAhUco3TELRe34EOdR06VeBRJXOTD4',
  johnReports:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGUiOiJyZXBvcnRzIiwiZXhwIjoxNzY4NDgwMjAwfQ.bM3EPu1x1lTMBsxGNNtDqlU5kh4IOOAgp6xSwfW0Wg8',
  alice:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsInNjb3BlIjoiIiwiZXhwIjoxNzY4NDgwMjAwfQ.wAs_3VoBTChiZR7y-UMkxSBnBzgxdrhKTRJbfxG9hRg',
  aliceReports:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsInNjb3BlIjoicmVwb3J0cyIsImV4cCI6MTc2ODQ4MDIwMH0.dqzl9gHM9oZDa1p0UHOdq4BsI4s-yi7RnhOQICRjA1Y',
} as const

const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
const JOHN = '{"username":"johndoe","full_name":"John Doe","roles":[]}'
const ALICE = '{"username":"alice","full_name":"Alice Chains","roles":["admin"]}'

describe('router-dependencies: the public router', { timeout: 20_000 }, () => {
  it('logs in with the requested scopes in the token, as main.py does', async () => {
    const john = await client.post('/token', form('username=johndoe&password=secret'))
    expect(john.text).toBe(`{"access_token":"${TOKENS.john}","token_type":"bearer"}`)
    const alice = await client.post('/token', form('username=alice&password=secretalice&scope=reports'))
    expect(alice.text).toBe(`{"access_token":"${TOKENS.aliceReports}","token_type":"bearer"}`)
  })

  it('refuses a wrong password with 400', async () => {
    const response = await client.post('/token', form('username=alice&password=secret'))
    expect(response.status).toBe(400)
    expect(response.text).toBe('{"detail":"Incorrect username or password"}')
  })

  it('answers GET /status without any credentials, and no dependency runs', async () => {
    const response = await client.get('/status')
    expect(response.text).toBe('{"status":"ok"}')
    expect(response.record.steps.map((step) => step.stage)).toEqual(['routing', 'endpoint'])
  })
})

describe('router-dependencies: the protected router', () => {
  it('refuses GET /items/ without a token before read_items runs, for the router’s get_current_user', async () => {
    const response = await client.get('/items/')
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Not authenticated"}')
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'security',
      result: 'rejected',
      neverRan: ['get_current_user', 'read_items'],
      forRouter: { router: 'protected_router', prefix: '', dependency: 'get_current_user' },
    })
  })

  it.each([
    ['an expired token', { sub: 'johndoe', scope: '', exp: EXP - 3600 }],
    ['a token of nobody', { sub: 'nobody', scope: '', exp: EXP }],
    ['a token without sub', { scope: '', exp: EXP }],
  ])('answers %s with 401 Could not validate credentials', async (_name, claims) => {
    const response = await client.get('/items/', as(await pyjwtEncode(claims, SECRET_KEY)))
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"Could not validate credentials"}')
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('calls get_current_user once for the router and read_users_me’s parameter', async () => {
    const response = await client.get('/users/me', as(TOKENS.john))
    expect(response.text).toBe(JOHN)
    const calls = response.record.steps.flatMap((step) =>
      step.stage === 'dependency' && step.result !== 'raised' ? [[step.name, step.result, step.handedTo]] : [],
    )
    expect(calls).toEqual([
      ['get_current_user', 'returned', undefined],
      ['get_current_user', 'reused', 'read_users_me'],
    ])
  })

  it('records what get_current_user returned as main.py’s User, without the hash', async () => {
    const response = await client.get('/items/', as(TOKENS.alice))
    expect(response.text).toBe('[{"item_id":"Foo"},{"item_id":"Bar"}]')
    expect(response.record.steps).toContainEqual(
      expect.objectContaining({
        stage: 'dependency',
        result: 'returned',
        name: 'get_current_user',
        returnedAs: { model: 'User', fields: { username: 'alice', full_name: 'Alice Chains', roles: ['admin'] } },
      }),
    )
  })
})

describe('router-dependencies: roles and scopes', () => {
  it('turns johndoe away from the admin router with 403 Admins only and no challenge', async () => {
    const response = await client.get('/admin/users', as(TOKENS.johnReports))
    expect(response.status).toBe(403)
    expect(response.text).toBe('{"detail":"Admins only"}')
    expect(response.headers.get('www-authenticate')).toBeNull()
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'dependency',
      result: 'raised',
      name: 'require_admin',
      check: 'missing-role',
      neverRan: ['list_users'],
      forRouter: { router: 'admin_router', prefix: '/admin', dependency: 'require_admin' },
    })
  })

  it('lists the users, without their hashes, to alice', async () => {
    const response = await client.get('/admin/users', as(TOKENS.alice))
    expect(response.text).toBe(`[${JOHN},${ALICE}]`)
  })

  it('checks the role before the scope: johndoe with the reports scope still gets Admins only', async () => {
    const response = await client.get('/admin/reports', as(TOKENS.johnReports))
    expect(response.text).toBe('{"detail":"Admins only"}')
  })

  it('refuses alice without the reports scope with 403 insufficient_scope, from the second call', async () => {
    const response = await client.get('/admin/reports', as(TOKENS.alice))
    expect(response.status).toBe(403)
    expect(response.text).toBe('{"detail":"Not enough permissions"}')
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope", scope="reports"')
    expect(response.record.steps.at(-1)).toMatchObject({
      name: 'get_current_user',
      result: 'raised',
      check: 'missing-scope',
      securityScopes: ['reports'],
      neverRan: ['read_reports'],
    })
  })

  it('gives alice with the reports scope the reports', async () => {
    const response = await client.get('/admin/reports', as(TOKENS.aliceReports))
    expect(response.text).toBe('{"reports":["2026-q1-sales"],"read_by":"alice"}')
  })

  it.each([
    ['a list', ['reports']],
    ['null', null],
    ['a number', 7],
  ])('grants nothing for a scope claim that is %s: 403, not a crash', async (_name, scope) => {
    const token = await pyjwtEncode({ sub: 'alice', scope, exp: EXP }, SECRET_KEY)
    const response = await client.get('/admin/reports', as(token))
    expect(response.status).toBe(403)
    expect(response.text).toBe('{"detail":"Not enough permissions"}')
  })
})
