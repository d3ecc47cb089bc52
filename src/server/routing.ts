// Starlette's routing decisions: exact, case-sensitive paths; 405 with `allow` when only the
// method is wrong; redirect_slashes when nothing matches but the path with or without its
// trailing slash would. All of it happens before any security dependency runs.

export interface RoutePattern {
  readonly path: string
  readonly methods: readonly string[]
}

export type RoutingOutcome<R extends RoutePattern> =
  | { readonly kind: 'matched'; readonly route: R }
  | { readonly kind: 'method-not-allowed'; readonly route: R; readonly allow: readonly string[] }
  | { readonly kind: 'redirect-slashes'; readonly redirectPath: string }
  | { readonly kind: 'not-found' }

export function resolveRoute<R extends RoutePattern>(
  routes: readonly R[],
  method: string,
  path: string,
): RoutingOutcome<R> {
  let partial: R | undefined
  for (const route of routes) {
    if (route.path !== path) continue
    if (route.methods.includes(method)) return { kind: 'matched', route }
    // Starlette answers 405 with the methods of the first route whose path matched.
    partial ??= route
  }
  if (partial) return { kind: 'method-not-allowed', route: partial, allow: partial.methods }

  if (path !== '/') {
    const redirectPath = path.endsWith('/') ? path.replace(/\/+$/, '') : `${path}/`
    if (routes.some((route) => route.path === redirectPath)) {
      return { kind: 'redirect-slashes', redirectPath }
    }
  }
  return { kind: 'not-found' }
}
