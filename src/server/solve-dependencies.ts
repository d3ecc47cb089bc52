// FastAPI's solve_dependencies for one request: the route's tree depth first, in declaration
// order, each callable run once per request (use_cache), and every call written down as it
// happens: which scheme handed what to whom, which function returned, which one raised and which
// were left waiting, which value was handed on again from the cache, and which router's
// `dependencies=[…]` a step ran for.
import type { Dependant, DependencyContext, SecurityScopes } from './dependencies'
import type { AppExceptionRecord, DecisionStep, RouterDependency } from './exchange-record'
import { handledAppException, type ExceptionHandlers } from './exception-handlers'
import { HTTPException } from './http-exception'
import type { ReleaseChangeId } from './release-changes'
import type { HttpConnection } from './security/security-scheme'

export interface Solving extends DependencyContext {
  /** What the security classes read: the request's headers, with the Cookie header a browser adds. */
  readonly connection: HttpConnection
  readonly steps: DecisionStep[]
  /** Notes the changes since an older release that made an outcome differ from today's. */
  readonly note: (ids: readonly ReleaseChangeId[] | undefined) => void
  /** The app's own exception handlers: an exception one of them answers is not a 500. */
  readonly exceptionHandlers: ExceptionHandlers
}

export type Solved =
  | { readonly ok: true; readonly values: Readonly<Record<string, unknown>> }
  /**
   * An HTTPException (FastAPI answers it), an exception one of the app's handlers answers, or any
   * other error (a 500); the step is already written.
   */
  | { readonly ok: false; readonly error: unknown }

/** The values of the path function's parameters, or the error that stopped the request. */
export async function solveDependencies(root: Dependant, solving: Solving): Promise<Solved> {
  const cache = new Map<string, unknown>()
  try {
    return { ok: true, values: await solve(root, [], solving, cache, undefined) }
  } catch (error) {
    if (error instanceof Stopped) return { ok: false, error: error.error }
    throw error
  }
}

/** Thrown through the levels above a dependency that failed, once its step is written. */
class Stopped extends Error {
  constructor(readonly error: unknown) {
    super('a dependency stopped the request')
  }
}

/**
 * The values of one node's parameters; `waiting` are the functions above it, innermost first, and
 * `forRouter` the router's dependency it is part of, if any.
 */
async function solve(
  node: Dependant,
  waiting: readonly string[],
  solving: Solving,
  cache: Map<string, unknown>,
  forRouter: RouterDependency | undefined,
): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {}
  const above = [node.name, ...waiting]
  for (const sub of node.dependencies) {
    const router = sub.router && { router: sub.router.name, prefix: sub.router.prefix, dependency: sub.name }
    const value = await run(sub, above, solving, cache, router ?? forRouter)
    if (sub.param !== undefined) values[sub.param] = value
  }
  if (node.securityScopesParam !== undefined) {
    const scopes: SecurityScopes = { scopes: node.oauthScopes, scopeStr: node.oauthScopes.join(' ') }
    values[node.securityScopesParam] = scopes
  }
  return values
}

async function run(
  node: Dependant,
  waiting: readonly string[],
  solving: Solving,
  cache: Map<string, unknown>,
  forRouter: RouterDependency | undefined,
): Promise<unknown> {
  const { dependable } = node
  if (!dependable) throw new Error(`${node.name} is a path function, not a dependency`)
  // As in FastAPI, what it needs is solved before the cache is asked; those are cached too.
  const values = dependable.kind === 'function' ? await solve(node, waiting, solving, cache, forRouter) : {}
  const handedTo = node.param === undefined ? {} : { handedTo: waiting[0] }
  const router = forRouter && { forRouter }
  const scopes = node.securityScopesParam === undefined ? {} : { securityScopes: node.oauthScopes }
  if (node.useCache && cache.has(node.cacheKey)) {
    // A function asked for twice (by a router and a parameter, say) runs once: the record says so.
    // A scheme read again adds nothing worth a line.
    if (dependable.kind === 'function') {
      solving.steps.push({ stage: 'dependency', result: 'reused', name: node.name, ...handedTo, ...scopes, ...router })
    }
    return cache.get(node.cacheKey)
  }
  let value: unknown
  if (dependable.kind === 'security-scheme') {
    const { scheme } = dependable
    const outcome = scheme.authenticate(solving.connection, solving.release)
    solving.note(outcome.releaseChanges)
    const apiKey = scheme.apiKey === undefined ? {} : { apiKey: scheme.apiKey }
    if (!outcome.ok) {
      const { statusCode, detail } = outcome.exception
      const usual = statusCode === 401 && detail === 'Not authenticated'
      solving.steps.push({
        stage: 'security',
        scheme: scheme.name,
        result: 'rejected',
        reason: outcome.reason,
        sentScheme: outcome.sentScheme,
        ...(usual ? {} : { status: statusCode, detail: String(detail) }),
        dependency: dependable.name,
        neverRan: waiting,
        ...apiKey,
        ...router,
      })
      throw new Stopped(outcome.exception)
    }
    if (outcome.none !== undefined) {
      solving.steps.push({
        stage: 'security',
        scheme: scheme.name,
        result: 'none',
        reason: outcome.none,
        sentScheme: outcome.sentScheme,
        dependency: dependable.name,
        ...handedTo,
        ...apiKey,
        ...router,
      })
    } else {
      solving.steps.push({
        stage: 'security',
        scheme: scheme.name,
        result: 'passed',
        sentScheme: outcome.sentScheme,
        credentials: outcome.shown,
        dependency: dependable.name,
        ...handedTo,
        ...apiKey,
        ...router,
      })
    }
    value = outcome.credentials
  } else {
    try {
      value = await dependable.call(values, { request: solving.request, release: solving.release })
    } catch (error) {
      solving.steps.push({
        stage: 'dependency',
        result: 'raised',
        name: node.name,
        ...raised(error, solving),
        ...scopes,
        neverRan: waiting,
        ...router,
      })
      throw new Stopped(error)
    }
    const returnedAs = dependable.returnedAs && { returnedAs: dependable.returnedAs(value) }
    solving.steps.push({
      stage: 'dependency',
      result: 'returned',
      name: node.name,
      ...handedTo,
      ...scopes,
      ...router,
      ...returnedAs,
    })
  }
  if (!cache.has(node.cacheKey)) cache.set(node.cacheKey, value)
  return value
}

/**
 * What a raised error says: an HTTPException's status, detail and reason, the app's own exception
 * with the status its handler answers, or a 500.
 */
export function raised(
  error: unknown,
  solving: Pick<Solving, 'note' | 'exceptionHandlers'>,
): { status: number; detail?: string; why: string | undefined; check?: string; exception?: AppExceptionRecord } {
  const handled = handledAppException(error, solving.exceptionHandlers)
  if (handled) {
    const { exception, handler, response } = handled
    return {
      status: response.status,
      why: exception.why,
      ...(exception.check && { check: exception.check }),
      exception: { pythonClass: exception.pythonClass, args: exception.pythonArgs, handler },
    }
  }
  if (!(error instanceof HTTPException)) return { status: 500, why: String(error) }
  const { statusCode: status, detail, why, check, releaseChange } = error
  solving.note(releaseChange && [releaseChange])
  return { status, ...(typeof detail === 'string' && { detail }), why, ...(check && { check }) }
}
