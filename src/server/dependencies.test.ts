// The dependency model against what FastAPI 0.165 does with the same declarations (run with its
// TestClient): the order of calls, one call per request, `dependencies=[…]`, SecurityScopes, and
// the operation's `security` gathered from the whole tree.
import { describe, expect, it } from 'vitest'
import { createTestClient } from '../testing/test-client'
import { dependency, depends, schemeDependency, security, SECURITY_SCOPES } from './dependencies'
import { createFastApiApp } from './fastapi-app'
import { HTTPException } from './http-exception'
import { defineRoute } from './route'
import { httpBasic } from './security/http-basic'
import { oauth2PasswordBearer } from './security/oauth2-password-bearer'

const oauth2Scheme = schemeDependency(
  'oauth2_scheme',
  oauth2PasswordBearer({ tokenUrl: 'token', scopes: { me: '', items: '' } }),
)

function tutorialLikeApp() {
  const calls: string[] = []
  const getCurrentUser = dependency({
    name: 'get_current_user',
    params: { security_scopes: SECURITY_SCOPES, token: depends(oauth2Scheme) },
    call: ({ security_scopes, token }) => {
      calls.push(`get_current_user ${security_scopes.scopes.join(',')}`)
      if (token === 'nobody') throw new HTTPException(401, 'no', { why: 'nobody is nobody' })
      return token
    },
  })
  const plain = dependency({
    name: 'plain',
    params: { token: depends(oauth2Scheme) },
    call: ({ token }) => {
      calls.push('plain')
      return token
    },
  })
  const audit = dependency({ name: 'audit', params: {}, call: () => void calls.push('audit') })
  const routes = [
    defineRoute({
      method: 'GET',
      path: '/twice',
      name: 'twice',
      dependencies: [depends(audit)],
      params: { a: depends(plain), b: depends(plain) },
      endpoint: ({ params: { a } }) => {
        calls.push('twice')
        return { a }
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/scoped',
      name: 'scoped',
      params: { a: security(getCurrentUser, ['me']), b: security(getCurrentUser, ['items']) },
      endpoint: () => ({}),
    }),
    defineRoute({
      method: 'GET',
      path: '/mixed',
      name: 'mixed',
      params: {
        c: depends(schemeDependency('basic', httpBasic())),
        a: security(getCurrentUser, ['items']),
        b: security(plain, ['me']),
      },
      endpoint: () => ({}),
    }),
  ]
  return { app: createFastApiApp(routes), calls }
}

const bearer = { headers: { authorization: 'Bearer x' } }

describe('solving a route’s dependencies', () => {
  it('runs dependencies=[…] first, then the parameters, each callable once per request, reused after', async () => {
    const { app, calls } = tutorialLikeApp()
    const response = await createTestClient(app).get('/twice', bearer)
    expect(response.text).toBe('{"a":"x"}')
    expect(calls).toEqual(['audit', 'plain', 'twice'])
    expect(response.record.steps.slice(1)).toEqual([
      { stage: 'dependency', result: 'returned', name: 'audit' },
      expect.objectContaining({ stage: 'security', dependency: 'oauth2_scheme', handedTo: 'plain' }),
      { stage: 'dependency', result: 'returned', name: 'plain', handedTo: 'twice' },
      // b asks for plain again: the same value, from the cache.
      { stage: 'dependency', result: 'reused', name: 'plain', handedTo: 'twice' },
      { stage: 'endpoint', result: 'returned', name: 'twice' },
    ])
  })

  it('calls a function that uses scopes once per set of scopes, each with its own SecurityScopes', async () => {
    const { app, calls } = tutorialLikeApp()
    const response = await createTestClient(app).get('/scoped', bearer)
    expect(response.status).toBe(200)
    expect(calls).toEqual(['get_current_user me', 'get_current_user items'])
  })

  it('stops at the first dependency that raises, and names the functions left waiting', async () => {
    const { app, calls } = tutorialLikeApp()
    const response = await createTestClient(app).get('/scoped', { headers: { authorization: 'Bearer nobody' } })
    expect(response.status).toBe(401)
    expect(response.text).toBe('{"detail":"no"}')
    expect(calls).toEqual(['get_current_user me'])
    expect(response.record.steps.at(-1)).toEqual({
      stage: 'dependency',
      result: 'raised',
      name: 'get_current_user',
      status: 401,
      detail: 'no',
      why: 'nobody is nobody',
      securityScopes: ['me'],
      neverRan: ['scoped'],
    })
  })

  it('records a scheme that refuses, and every function that never ran, innermost first', async () => {
    const { app } = tutorialLikeApp()
    const response = await createTestClient(app).get('/twice')
    expect(response.status).toBe(401)
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'security',
      result: 'rejected',
      dependency: 'oauth2_scheme',
      neverRan: ['plain', 'twice'],
    })
  })
})

describe('the operation’s security, from the dependency tree', () => {
  const { app } = tutorialLikeApp()
  const security = (path: string) => {
    const paths = app.openapi('').paths as Record<string, { get: { security?: unknown } }>
    return paths[path]?.get.security
  }

  it('lists a scheme found under a dependency, without scopes when none were asked', () => {
    expect(security('/twice')).toEqual([{ OAuth2PasswordBearer: [] }])
  })

  it('merges the scopes asked of one scheme along different Security edges', () => {
    expect(security('/scoped')).toEqual([{ OAuth2PasswordBearer: ['me', 'items'] }])
  })

  it('lists each scheme in the order the tree reaches it', () => {
    expect(security('/mixed')).toEqual([{ HTTPBasic: [] }, { OAuth2PasswordBearer: ['items', 'me'] }])
  })
})
