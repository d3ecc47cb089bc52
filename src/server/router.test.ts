// APIRouter's dependencies=[…] against what FastAPI 0.165 does with the same declarations (run with
// its TestClient): an outer router's, then an included router's, then the route's own
// dependencies=[…], then its parameters, each function once per request; the prefixes joined; the
// operation's security from the router's dependencies; and the record naming the router.
import { describe, expect, it } from 'vitest'
import { createTestClient } from '../testing/test-client'
import { dependency, depends, schemeDependency } from './dependencies'
import { createFastApiApp } from './fastapi-app'
import { HTTPException } from './http-exception'
import { defineRoute } from './route'
import { defineRouter } from './router'
import { oauth2PasswordBearer } from './security/oauth2-password-bearer'

const oauth2Scheme = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token' }))

function nestedRoutersApp() {
  const calls: string[] = []
  const called = (name: string) =>
    dependency({
      name,
      params: {},
      call: () => {
        calls.push(name)
        return name
      },
    })
  const outer = called('outer')
  const inner = called('inner')
  const own = called('own')
  const param = called('param')
  const user = dependency({
    name: 'get_current_user',
    params: { token: depends(oauth2Scheme) },
    call: ({ token }) => {
      calls.push('get_current_user')
      if (token !== 'johndoe') throw new HTTPException(401, 'Not authenticated', { why: `no user ${token}` })
      return token
    },
  })
  const x = defineRoute({
    method: 'GET',
    path: '/x',
    name: 'x',
    dependencies: [depends(own)],
    params: { p: depends(param), q: depends(outer) },
    endpoint: () => {
      calls.push('x')
      return {}
    },
  })
  const open = defineRoute({ method: 'GET', path: '/open', name: 'read_open', endpoint: () => ({ open: true }) })
  const routes = [
    open,
    ...defineRouter({
      name: 'outer_router',
      prefix: '/o',
      dependencies: [depends(outer)],
      routes: defineRouter({ name: 'inner_router', prefix: '/i', dependencies: [depends(inner)], routes: [x] }),
    }),
    ...defineRouter({
      name: 'protected_router',
      dependencies: [depends(user)],
      routes: [defineRoute({ method: 'GET', path: '/items/', name: 'read_items', endpoint: () => [] })],
    }),
  ]
  return { app: createFastApiApp(routes), calls }
}

describe('APIRouter(dependencies=[…])', () => {
  it('runs the outer router’s, the included router’s, the route’s own, then the parameters', async () => {
    const { app, calls } = nestedRoutersApp()
    const response = await createTestClient(app).get('/o/i/x')
    expect(response.status).toBe(200)
    // q asks for outer again: the router's call is reused, as FastAPI does.
    expect(calls).toEqual(['outer', 'inner', 'own', 'param', 'x'])
    expect(response.record.steps.slice(1)).toEqual([
      {
        stage: 'dependency',
        result: 'returned',
        name: 'outer',
        forRouter: { router: 'outer_router', prefix: '/o', dependency: 'outer' },
      },
      {
        stage: 'dependency',
        result: 'returned',
        name: 'inner',
        forRouter: { router: 'inner_router', prefix: '/i', dependency: 'inner' },
      },
      { stage: 'dependency', result: 'returned', name: 'own' },
      { stage: 'dependency', result: 'returned', name: 'param', handedTo: 'x' },
      { stage: 'dependency', result: 'reused', name: 'outer', handedTo: 'x' },
      { stage: 'endpoint', result: 'returned', name: 'x' },
    ])
  })

  it('joins the prefixes, and leaves routes outside the router as they were', async () => {
    const { app } = nestedRoutersApp()
    const client = createTestClient(app)
    expect((await client.get('/x')).status).toBe(404)
    expect((await client.get('/i/x')).status).toBe(404)
    const open = await client.get('/open')
    expect(open.text).toBe('{"open":true}')
    expect(open.record.steps.map((step) => step.stage)).toEqual(['routing', 'endpoint'])
  })

  it('refuses a request before the path function when the router’s dependency raises, and says whose it was', async () => {
    const { app, calls } = nestedRoutersApp()
    const client = createTestClient(app)
    const anonymous = await client.get('/items/')
    expect(anonymous.status).toBe(401)
    expect(anonymous.record.steps.at(-1)).toMatchObject({
      stage: 'security',
      result: 'rejected',
      neverRan: ['get_current_user', 'read_items'],
      forRouter: { router: 'protected_router', prefix: '', dependency: 'get_current_user' },
    })
    const nobody = await client.get('/items/', { headers: { authorization: 'Bearer nobody' } })
    expect(nobody.record.steps.at(-1)).toMatchObject({
      stage: 'dependency',
      result: 'raised',
      name: 'get_current_user',
      neverRan: ['read_items'],
      forRouter: { router: 'protected_router', dependency: 'get_current_user' },
    })
    expect(calls).toEqual(['get_current_user'])
  })

  it('documents the schemes of the router’s dependencies on each of its operations', () => {
    const { app } = nestedRoutersApp()
    const paths = app.openapi('').paths as Record<string, { get: { security?: unknown; operationId: string } }>
    expect(Object.keys(paths)).toEqual(['/open', '/o/i/x', '/items/'])
    expect(paths['/items/']?.get.security).toEqual([{ OAuth2PasswordBearer: [] }])
    expect(paths['/open']?.get.security).toBeUndefined()
    // The operation id is made from the whole path, prefixes included.
    expect(paths['/o/i/x']?.get.operationId).toBe('x_o_i_x_get')
  })

  it('refuses a prefix FastAPI would refuse', () => {
    expect(() => defineRouter({ name: 'r', prefix: 'admin', routes: [] })).toThrow(/must start with/)
    expect(() => defineRouter({ name: 'r', prefix: '/admin/', routes: [] })).toThrow(/not end with/)
  })
})
