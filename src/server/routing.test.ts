import { describe, expect, it } from 'vitest'
import { resolveRoute } from './routing'

const routes = [
  { path: '/items/', methods: ['GET'] },
  { path: '/users/me', methods: ['GET'] },
  { path: '/token', methods: ['POST'] },
]

describe('resolveRoute', () => {
  it('matches an exact path and method', () => {
    expect(resolveRoute(routes, 'GET', '/items/')).toEqual({ kind: 'matched', route: routes[0] })
  })

  it('is case-sensitive', () => {
    expect(resolveRoute(routes, 'GET', '/ITEMS/')).toEqual({ kind: 'not-found' })
  })

  it('answers 405 with the route methods when only the method is wrong, HEAD and OPTIONS included', () => {
    for (const method of ['POST', 'HEAD', 'OPTIONS', 'DELETE']) {
      expect(resolveRoute(routes, method, '/items/')).toEqual({
        kind: 'method-not-allowed',
        route: routes[0],
        allow: ['GET'],
      })
    }
  })

  it('redirects to the path with a trailing slash, whatever the method', () => {
    expect(resolveRoute(routes, 'GET', '/items')).toEqual({ kind: 'redirect-slashes', redirectPath: '/items/' })
    expect(resolveRoute(routes, 'POST', '/items')).toEqual({ kind: 'redirect-slashes', redirectPath: '/items/' })
  })

  it('redirects to the path without its trailing slashes', () => {
    expect(resolveRoute(routes, 'GET', '/users/me/')).toEqual({
      kind: 'redirect-slashes',
      redirectPath: '/users/me',
    })
    expect(resolveRoute(routes, 'POST', '/token/')).toEqual({ kind: 'redirect-slashes', redirectPath: '/token' })
  })

  it('gives 404 when neither form of the path is a route', () => {
    expect(resolveRoute(routes, 'GET', '/nope')).toEqual({ kind: 'not-found' })
    expect(resolveRoute(routes, 'GET', '/items//')).toEqual({ kind: 'not-found' })
    expect(resolveRoute(routes, 'GET', '/')).toEqual({ kind: 'not-found' })
  })

  it('uses the first route whose path matched for the allow header', () => {
    const twoRoutes = [
      { path: '/token', methods: ['POST'] },
      { path: '/token', methods: ['PUT'] },
    ]
    expect(resolveRoute(twoRoutes, 'PUT', '/token')).toEqual({ kind: 'matched', route: twoRoutes[1] })
    expect(resolveRoute(twoRoutes, 'GET', '/token')).toMatchObject({ allow: ['POST'] })
  })
})
