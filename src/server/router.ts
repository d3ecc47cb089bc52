// FastAPI's APIRouter, declared once: a name, a prefix and `dependencies=[…]` that every route in it
// gets, and the routers it includes (include_router). Each route comes out as the app's route table
// holds it: the prefixes joined, the routers' dependencies in front of its own, outermost first, so
// the handler solves them and the OpenAPI operation documents them like any of the route's own
// (docs/fastapi-behaviour.md#dependencies).
import { withRouterDependencies, type DependsParam } from './dependencies'
import type { ApiRoute } from './route'

export interface RouterDeclaration {
  /** The Python variable, e.g. `admin_router`: the Why names the router by it. */
  readonly name: string
  /** `APIRouter(prefix="/admin")`: starts with a slash and does not end with one, as FastAPI asserts. */
  readonly prefix?: string
  /** `APIRouter(dependencies=[Depends(…)])`: solved before anything of each route's own. */
  readonly dependencies?: readonly DependsParam<unknown>[]
  /**
   * In the order main.py adds them: its own routes as declared, and an included router's routes
   * (`defineRouter(…)` spread in) where main.py calls include_router.
   */
  readonly routes: readonly ApiRoute[]
}

/** The router's routes as an enclosing router or the app includes them. */
export function defineRouter(declaration: RouterDeclaration): ApiRoute[] {
  const prefix = declaration.prefix ?? ''
  if (prefix !== '' && (!prefix.startsWith('/') || prefix.endsWith('/'))) {
    // FastAPI refuses such a prefix with an AssertionError when the app is built.
    throw new Error(`A path prefix must start with '/' and not end with '/': ${JSON.stringify(prefix)}`)
  }
  const router = { name: declaration.name, prefix }
  const dependencies = declaration.dependencies ?? []
  return declaration.routes.map((route) => ({
    ...route,
    path: `${prefix}${route.path}`,
    dependant:
      dependencies.length === 0 ? route.dependant : withRouterDependencies(route.dependant, router, dependencies),
  }))
}
