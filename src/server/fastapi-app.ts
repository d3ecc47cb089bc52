// A FastAPI application in miniature: the route table, the framework's own routes
// (openapi.json and the docs pages), routing, dependencies and exception handling.
import type { DecisionStep, ExchangeRecord } from './exchange-record'
import type { ExceptionHandlers } from './exception-handlers'
import type { FastApiRelease } from './fastapi-release'
import type { JsonObject } from './json'
import { generateOpenApi, type OpenApiDocument } from './openapi/generate-openapi'
import { jsonResponse, redirectResponse } from './responses'
import type { ReleaseChangeId } from './release-changes'
import type { ApiRoute } from './route'
import { unquote } from './python-text'
import { resolveRoute } from './routing'
import { runApiRoute } from './run-api-route'
import { frameworkRoutes, type FrameworkRoute } from './framework-routes'

/**
 * What a browser adds to a request that no script can: a `Request` built in the page or a service
 * worker drops a Cookie header (a forbidden header name), so the cookie jar hands it over here.
 */
export interface BrowserAdditions {
  /** The Cookie header the browser's jar sends, if any. */
  readonly cookie?: string | null
}

export interface HandledRequest {
  readonly response: Response
  readonly record: ExchangeRecord
}

export interface FastApiApp {
  readonly routes: readonly ApiRoute[]
  /** `FastAPI(swagger_ui_parameters=…)`: what FastAPI's /docs page passes to Swagger UI. */
  readonly swaggerUiParameters: SwaggerUiParameters
  /** `FastAPI(swagger_ui_init_oauth=…)`: what FastAPI's /docs page passes to Swagger UI's initOAuth. */
  readonly swaggerUiInitOAuth?: JsonObject
  /**
   * Not FastAPI: the servers of third parties the app trusts (an identity provider), which the
   * playground runs beside it on the page's origin, each answering below its own root.
   */
  readonly thirdParties?: readonly ThirdPartyStandIn[]
  /** The FastAPI this app answers as. */
  readonly release: FastApiRelease
  /** The document FastAPI serves at `<rootPath>/openapi.json`. */
  openapi(rootPath: string): OpenApiDocument
  /** Answers a request whose path starts with `rootPath` (the mount point, no trailing slash). */
  handle(request: Request, rootPath: string, browser?: BrowserAdditions): Promise<HandledRequest>
}

/** A third party's server played by the playground: it answers every request below its root, page loads included. */
export interface ThirdPartyStandIn {
  /** With a trailing slash. */
  readonly root: URL
  handle(request: Request): Promise<HandledRequest>
}

export interface SwaggerUiParameters {
  readonly persistAuthorization?: boolean
}

export interface FastApiAppOptions {
  /** Which FastAPI to answer as (`?fastapi=0.92`); today's when not given. */
  readonly release?: FastApiRelease
  readonly swaggerUiParameters?: SwaggerUiParameters
  readonly swaggerUiInitOAuth?: JsonObject
  /**
   * Whether python-multipart is installed on the machine. Without it, declaring a form route
   * raises at import time, so the app never starts and nothing answers.
   */
  readonly multipartInstalled?: boolean
  /** `@app.exception_handler(…)`: the app's own handlers; FastAPI's alone when not given. */
  readonly exceptionHandlers?: ExceptionHandlers
  /** The server's clock in milliseconds (`Date.now` when not given): delete_cookie writes it as `expires`. */
  readonly now?: () => number
}

/** What FastAPI logs and raises when a form route is declared without python-multipart. */
export const MULTIPART_NOT_INSTALLED =
  'Form data requires "python-multipart" to be installed. \n' +
  'You can install "python-multipart" with: \n\n' +
  'pip install python-multipart\n'

export function createFastApiApp(routes: readonly ApiRoute[], options: FastApiAppOptions = {}): FastApiApp {
  const release = options.release ?? 'current'
  const swaggerUiParameters = options.swaggerUiParameters ?? {}
  const exceptionHandlers = options.exceptionHandlers ?? {}
  const now = options.now ?? (() => Date.now())
  if (options.multipartInstalled === false && routes.some((route) => route.form)) {
    return appThatDidNotStart(routes, release, swaggerUiParameters, `RuntimeError: ${MULTIPART_NOT_INSTALLED}`)
  }
  const documents = new Map<string, OpenApiDocument>()
  const openapi = (rootPath: string): OpenApiDocument => {
    let document = documents.get(rootPath)
    if (!document) {
      document = generateOpenApi(routes, rootPath, release)
      documents.set(rootPath, document)
    }
    return document
  }
  // An answer to HEAD shows only the document's length, which today's document may share.
  const documentChange = (request: Request, rootPath: string): ReleaseChangeId | undefined => {
    if (release === 'current') return undefined
    if (request.method !== 'HEAD') return 'openapi-3-0-2'
    const today = JSON.stringify(generateOpenApi(routes, rootPath))
    return utf8Length(today) === utf8Length(JSON.stringify(openapi(rootPath))) ? undefined : 'openapi-3-0-2'
  }

  const table: readonly (FrameworkRoute | ApiRoute)[] = [...frameworkRoutes(openapi, documentChange), ...routes]

  async function handle(request: Request, rootPath: string, browser?: BrowserAdditions): Promise<HandledRequest> {
    const url = new URL(request.url)
    // Starlette matches routes on the percent-decoded path.
    const path = unquote(url.pathname).slice(rootPath.length) || '/'
    const method = request.method.toUpperCase()
    const steps: DecisionStep[] = []
    const changes = new Set<ReleaseChangeId>()
    const setCookie: string[] = []
    const done = (response: Response): HandledRequest => ({
      response,
      record: {
        method,
        path,
        rootPath,
        status: response.status,
        steps,
        // Records of today's FastAPI stay as they were: the release is said only when it is an older one.
        ...(release === 'current' ? {} : { release, releaseChanges: [...changes] }),
        ...(setCookie.length > 0 && { setCookie }),
      },
    })

    const outcome = resolveRoute(table, method, path)
    switch (outcome.kind) {
      case 'not-found':
        steps.push({ stage: 'routing', result: 'not-found', path })
        return done(jsonResponse(404, { detail: 'Not Found' }, { method }))
      case 'method-not-allowed':
        steps.push({ stage: 'routing', result: 'method-not-allowed', path, method, allow: outcome.allow })
        return done(
          jsonResponse(405, { detail: 'Method Not Allowed' }, { method, headers: { allow: outcome.allow.join(', ') } }),
        )
      case 'redirect-slashes': {
        const location = `${url.origin}${rootPath}${outcome.redirectPath}${url.search}`
        steps.push({ stage: 'routing', result: 'redirect-slashes', path, redirectPath: outcome.redirectPath, location })
        return done(redirectResponse(location))
      }
      case 'matched': {
        const { route } = outcome
        steps.push({ stage: 'routing', result: 'matched', route: { method, path: route.path, name: route.name } })
        if ('respond' in route) {
          steps.push({ stage: 'endpoint', result: 'returned', name: route.name })
          const change = 'releaseChange' in route ? route.releaseChange?.(request, rootPath) : undefined
          if (change) changes.add(change)
          return done(route.respond(request, rootPath))
        }
        const connection = { headers: connectionHeaders(request, browser), url: request.url }
        const handling = { steps, changes, release, exceptionHandlers, connection, now, setCookie }
        return done(await runApiRoute(route, request, handling))
      }
    }
  }

  const initOAuth = options.swaggerUiInitOAuth ? { swaggerUiInitOAuth: options.swaggerUiInitOAuth } : {}
  return { routes, release, swaggerUiParameters, ...initOAuth, openapi, handle }
}

/**
 * A server whose app raised while being imported: uvicorn is not listening, so every request
 * fails as a refused connection does, with no status and no body.
 */
function appThatDidNotStart(
  routes: readonly ApiRoute[],
  release: FastApiRelease,
  swaggerUiParameters: SwaggerUiParameters,
  error: string,
): FastApiApp {
  return {
    routes,
    release,
    swaggerUiParameters,
    openapi: () => {
      throw new Error(error)
    },
    handle: (request, rootPath) => {
      const path = unquote(new URL(request.url).pathname).slice(rootPath.length) || '/'
      return Promise.resolve({
        response: Response.error(),
        record: {
          method: request.method.toUpperCase(),
          path,
          rootPath,
          status: 0,
          steps: [{ stage: 'startup', result: 'failed', error }],
        },
      })
    },
  }
}

/**
 * The request's headers as the server receives them: with the browser's Cookie header, which only
 * a standalone Headers object can hold. Outside a browser a request may carry one already (a test's);
 * the jar's cookies then follow it, as one header.
 */
function connectionHeaders(request: Request, browser: BrowserAdditions | undefined): Headers {
  const cookie = browser?.cookie
  if (!cookie) return request.headers
  const headers = new Headers(request.headers)
  const own = headers.get('cookie')
  headers.set('cookie', own ? `${own}; ${cookie}` : cookie)
  return headers
}

const encoder = new TextEncoder()
const utf8Length = (text: string) => encoder.encode(text).byteLength
