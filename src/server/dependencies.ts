// FastAPI's dependency injection, declared: named functions and security scheme instances joined
// by Depends and Security edges, and the tree one route makes of them (fastapi/dependencies/
// models.py and utils.py: Dependant, get_dependant, _get_oauth_scopes, _get_cache_key), with the
// dependencies an APIRouter gives all its routes put in front (withRouterDependencies). The request
// handler (solve-dependencies.ts) and the OpenAPI operation (its `security`) both read this tree;
// the rules are in docs/fastapi-behaviour.md#dependencies.
import type { ModelValue } from './exchange-record'
import type { FastApiRelease } from './fastapi-release'
import type { SecurityScheme } from './security/security-scheme'

/** `SecurityScopes`: every scope required on the way down to the function that asks, outermost first. */
export interface SecurityScopes {
  readonly scopes: readonly string[]
  /** `scope_str`: the scopes joined by spaces, as a challenge writes them. */
  readonly scopeStr: string
}

/** What a dependency may read besides its parameters: the request, and which FastAPI answers. */
export interface DependencyContext {
  readonly request: Request
  readonly release: FastApiRelease
}

/** A security scheme instance as main.py names it: `oauth2_scheme = OAuth2PasswordBearer(…)`. */
export interface SchemeDependency<T> {
  readonly kind: 'security-scheme'
  /** The Python variable, e.g. `oauth2_scheme`. */
  readonly name: string
  readonly scheme: SecurityScheme<T>
}

/** A dependency function such as `get_current_user`, with its own parameters. */
export interface FunctionDependency<T> {
  readonly kind: 'function'
  /** The Python function name, e.g. `get_current_user`. */
  readonly name: string
  readonly params: Params
  readonly call: (values: Readonly<Record<string, unknown>>, context: DependencyContext) => T | Promise<T>
  /**
   * What it returned, as main.py's own model writes it (`User(…)`, a password hash left out): the
   * record keeps it, and "Copy as a TestClient test" can then log in by app.dependency_overrides.
   */
  readonly returnedAs?: (value: unknown) => ModelValue
}

export type Dependable<T> = SchemeDependency<T> | FunctionDependency<T>

/** `Depends(x)`, or `Security(x, scopes=[…])` when `scopes` is not empty. */
export interface DependsParam<T> {
  readonly kind: 'depends'
  readonly dependable: Dependable<T>
  /** Security's own scopes; Depends has none. */
  readonly scopes: readonly string[]
  /** `use_cache`: whether a value already computed in this request is reused. */
  readonly useCache: boolean
}

/** A parameter annotated `SecurityScopes`: FastAPI fills it, nothing is called. */
export interface SecurityScopesParam {
  readonly kind: 'security-scopes'
}

export type Param = DependsParam<unknown> | SecurityScopesParam

/** A function's parameters by their Python names, in declaration order. */
export type Params = Readonly<Record<string, Param>>

export type ParamValues<P extends Params> = {
  readonly [K in keyof P]: P[K] extends DependsParam<infer T> ? T : SecurityScopes
}

export function depends<T>(dependable: Dependable<T>, options: { readonly useCache?: boolean } = {}): DependsParam<T> {
  return { kind: 'depends', dependable, scopes: [], useCache: options.useCache ?? true }
}

export function security<T>(
  dependable: Dependable<T>,
  scopes: readonly string[] = [],
  options: { readonly useCache?: boolean } = {},
): DependsParam<T> {
  return { kind: 'depends', dependable, scopes, useCache: options.useCache ?? true }
}

export const SECURITY_SCOPES: SecurityScopesParam = { kind: 'security-scopes' }

/** `oauth2_scheme = OAuth2PasswordBearer(…)`: the scheme under the name main.py gives it. */
export function schemeDependency<T>(name: string, scheme: SecurityScheme<T>): SchemeDependency<T> {
  return { kind: 'security-scheme', name, scheme }
}

export function dependency<P extends Params, T>(declaration: {
  readonly name: string
  readonly params: P
  readonly call: (values: ParamValues<P>, context: DependencyContext) => T | Promise<T>
  readonly returnedAs?: (value: T) => ModelValue
}): FunctionDependency<T> {
  return {
    kind: 'function',
    name: declaration.name,
    params: declaration.params,
    call: declaration.call as FunctionDependency<T>['call'],
    ...(declaration.returnedAs && { returnedAs: declaration.returnedAs as (value: unknown) => ModelValue }),
  }
}

/** An APIRouter as main.py names it: `admin_router = APIRouter(prefix="/admin", …)`. */
export interface RouterRef {
  readonly name: string
  /** '' when it has none. */
  readonly prefix: string
}

/** One node of a route's tree, FastAPI's `Dependant`: the path function at the root. */
export interface Dependant {
  /** What FastAPI calls; undefined for the path function, which the route calls itself. */
  readonly dependable: Dependable<unknown> | undefined
  readonly name: string
  /** The parameter its value fills one level up; undefined at the root and for `dependencies=[…]`. */
  readonly param: string | undefined
  /** `_get_oauth_scopes`: the scopes required on the way here, outermost first, each once. */
  readonly oauthScopes: readonly string[]
  readonly useCache: boolean
  /** The parameter that takes SecurityScopes, if any. */
  readonly securityScopesParam: string | undefined
  /** A route's `dependencies=[…]` first, then its parameters, in declaration order. */
  readonly dependencies: readonly Dependant[]
  /** `_uses_scopes`: a scheme, a Security edge with scopes, SecurityScopes, or any of these below. */
  readonly usesScopes: boolean
  /** `_get_cache_key`: a value is reused only for the same callable, asked for the same scopes if it uses them. */
  readonly cacheKey: string
  /** The router whose `dependencies=[…]` lists it; absent for everything else. */
  readonly router?: RouterRef
}

/**
 * The tree of a path function (FastAPI's get_dependant, plus APIRoute's `dependencies=[…]` put
 * first, as _build_dependant_with_parameterless_dependencies does).
 */
export function routeDependant(
  name: string,
  params: Params,
  dependencies: readonly DependsParam<unknown>[] = [],
): Dependant {
  const children = [...dependencies.map((edge) => subDependant(edge, undefined, [])), ...paramDependants(params, [])]
  return {
    dependable: undefined,
    name,
    param: undefined,
    oauthScopes: [],
    useCache: true,
    securityScopesParam: securityScopesParamOf(params),
    dependencies: children,
    usesScopes: false,
    cacheKey: JSON.stringify(['path operation', name]),
  }
}

/**
 * A route of an APIRouter with `dependencies=[…]`: the router's go in front of the route's own
 * `dependencies=[…]` and parameters. Applied once per enclosing router, innermost first, this gives
 * FastAPI's order: the outermost router's first (include_router's _RouterIncludeContext, then
 * _build_dependant_with_parameterless_dependencies).
 */
export function withRouterDependencies(
  root: Dependant,
  router: RouterRef,
  dependencies: readonly DependsParam<unknown>[],
): Dependant {
  const declared = dependencies.map((edge): Dependant => ({ ...subDependant(edge, undefined, []), router }))
  return { ...root, dependencies: [...declared, ...root.dependencies] }
}

function paramDependants(params: Params, parentScopes: readonly string[]): Dependant[] {
  return Object.entries(params).flatMap(([param, edge]) =>
    edge.kind === 'depends' ? [subDependant(edge, param, parentScopes)] : [],
  )
}

function subDependant(
  edge: DependsParam<unknown>,
  param: string | undefined,
  parentScopes: readonly string[],
): Dependant {
  const { dependable } = edge
  const oauthScopes = unique([...parentScopes, ...edge.scopes])
  const dependencies = dependable.kind === 'function' ? paramDependants(dependable.params, oauthScopes) : []
  const securityScopesParam = dependable.kind === 'function' ? securityScopesParamOf(dependable.params) : undefined
  const usesScopes =
    dependable.kind === 'security-scheme' ||
    edge.scopes.length > 0 ||
    securityScopesParam !== undefined ||
    dependencies.some((sub) => sub.usesScopes)
  return {
    dependable,
    name: dependable.name,
    param,
    oauthScopes,
    useCache: edge.useCache,
    securityScopesParam,
    dependencies,
    usesScopes,
    cacheKey: JSON.stringify([callableId(dependable), usesScopes ? [...oauthScopes].sort() : []]),
  }
}

/** What the OpenAPI operation's `security` lists: each scheme once, with every scope asked of it. */
export interface SecurityRequirement {
  readonly scheme: SecurityScheme<unknown>
  readonly scopes: readonly string[]
}

/**
 * FastAPI's _get_openapi_dependency_data and _get_openapi_security_definitions: the schemes found
 * anywhere in the tree, depth first in declaration order, one visit per cache key, the scopes of
 * one scheme name merged.
 */
export function securityRequirements(root: Dependant): SecurityRequirement[] {
  const merged = new Map<string, { scheme: SecurityScheme<unknown>; scopes: string[] }>()
  const visited = new Set<string>()
  const stack: Dependant[] = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (visited.has(node.cacheKey)) continue
    visited.add(node.cacheKey)
    if (node.dependable?.kind === 'security-scheme') {
      const { scheme } = node.dependable
      const requirement = merged.get(scheme.name) ?? { scheme, scopes: [] }
      merged.set(scheme.name, requirement)
      for (const scope of node.oauthScopes) if (!requirement.scopes.includes(scope)) requirement.scopes.push(scope)
    }
    stack.push(...[...node.dependencies].reverse())
  }
  return [...merged.values()]
}

function securityScopesParamOf(params: Params): string | undefined {
  return Object.entries(params).find(([, edge]) => edge.kind === 'security-scopes')?.[0]
}

function unique(scopes: readonly string[]): string[] {
  return scopes.filter((scope, index) => scopes.indexOf(scope) === index)
}

// FastAPI keys its cache on the callable itself; two declarations may share a Python name, so
// each dependable gets its own number.
const ids = new WeakMap<object, number>()
let lastId = 0
function callableId(dependable: Dependable<unknown>): string {
  let id = ids.get(dependable)
  if (id === undefined) {
    lastId += 1
    id = lastId
    ids.set(dependable, id)
  }
  return `${dependable.name}#${String(id)}`
}
