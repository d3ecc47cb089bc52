// A FastAPI application in miniature: the route table, the framework's own routes
// (openapi.json and the docs pages), routing, dependencies and exception handling.
import type { DecisionStep, ExchangeRecord } from './exchange-record'
import { readJsonBody, validateJsonBody, type JsonBodyOutcome } from './bodies/json-body'
import { pythonJsonDumpsUnicode } from './bodies/python-json-decoder'
import type { FastApiRelease } from './fastapi-release'
import type { JsonObject } from './json'
import { readForm } from './forms/read-form'
import { validateForm } from './forms/form-model'
import { HTTPException } from './http-exception'
import { generateOpenApi, type OpenApiDocument } from './openapi/generate-openapi'
import { jsonResponse, jsonTextResponse, reasonPhrase, redirectResponse } from './responses'
import type { ReleaseChangeId } from './release-changes'
import type { ApiRoute } from './route'
import { unquote } from './python-text'
import { resolveRoute } from './routing'
import { raised, solveDependencies } from './solve-dependencies'
import { frameworkRoutes, type FrameworkRoute } from './framework-routes'

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
  handle(request: Request, rootPath: string): Promise<HandledRequest>
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
}

/** What FastAPI logs and raises when a form route is declared without python-multipart. */
export const MULTIPART_NOT_INSTALLED =
  'Form data requires "python-multipart" to be installed. \n' +
  'You can install "python-multipart" with: \n\n' +
  'pip install python-multipart\n'

export function createFastApiApp(routes: readonly ApiRoute[], options: FastApiAppOptions = {}): FastApiApp {
  const release = options.release ?? 'current'
  const swaggerUiParameters = options.swaggerUiParameters ?? {}
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

  async function handle(request: Request, rootPath: string): Promise<HandledRequest> {
    const url = new URL(request.url)
    // Starlette matches routes on the percent-decoded path.
    const path = unquote(url.pathname).slice(rootPath.length) || '/'
    const method = request.method.toUpperCase()
    const steps: DecisionStep[] = []
    const changes = new Set<ReleaseChangeId>()
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
        return done(await runApiRoute(route, request, { steps, changes, release }))
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
/** What one request's handling writes down, and which FastAPI it answers as. */
interface Handling {
  readonly steps: DecisionStep[]
  readonly changes: Set<ReleaseChangeId>
  readonly release: FastApiRelease
}

/** FastAPI's request handler: read the body, solve the dependencies, validate, call the endpoint. */
async function runApiRoute(route: ApiRoute, request: Request, handling: Handling): Promise<Response> {
  const { steps, changes, release } = handling
  const note = (ids: readonly ReleaseChangeId[] | undefined) => {
    for (const id of ids ?? []) changes.add(id)
  }
  try {
    // The body is read before any dependency runs, so a body that cannot be parsed is a 400 first.
    const formRead = route.form ? await readForm(request, release) : undefined
    if (formRead && !formRead.ok) {
      steps.push({ stage: 'body', result: 'unparsable', contentType: request.headers.get('content-type') })
      return exceptionResponse(new HTTPException(400, formRead.detail))
    }
    // JSON that does not parse is answered here too, before any dependency runs.
    // Validated once, here; a body that fails only validation is answered after security, as in FastAPI.
    const jsonBody = route.jsonBody
      ? { model: route.jsonBody, outcome: validateJsonBody(route.jsonBody, await readJsonBody(request)) }
      : undefined
    if (jsonBody && !jsonBody.outcome.ok && jsonBody.outcome.stage !== 'validate') {
      return jsonBodyFailure(jsonBody.model.name, jsonBody.outcome, request, steps)
    }

    const solved = await solveDependencies(route.dependant, { request, release, steps, note })
    if (!solved.ok) return errorResponse(solved.error)

    let form: unknown
    if (route.form && formRead?.ok) {
      const validation = validateForm(route.form, formRead.values, release)
      note(validation.releaseChanges)
      const fields = Object.fromEntries(formRead.values)
      const contentType = request.headers.get('content-type')
      if (!validation.ok) {
        steps.push({ stage: 'validation', result: 'failed', contentType, fields, errors: validation.errors })
        return jsonResponse(422, { detail: validation.errors })
      }
      steps.push({ stage: 'validation', result: 'passed', contentType, fields, errors: [] })
      form = validation.form
    }

    let body: unknown
    if (jsonBody) {
      const { model, outcome } = jsonBody
      if (!outcome.ok) return jsonBodyFailure(model.name, outcome, request, steps)
      steps.push({
        stage: 'json-body',
        result: 'passed',
        contentType: request.headers.get('content-type'),
        model: model.name,
        errors: [],
      })
      body = outcome.body
    }

    const returned = await route.endpoint({ params: solved.values, form, body, request, release })
    steps.push({ stage: 'endpoint', result: 'returned', name: route.name })
    return jsonResponse(200, route.responseModel ? route.responseModel.serialize(returned) : returned)
  } catch (error) {
    steps.push({ stage: 'endpoint', result: 'raised', name: route.name, ...raised(error, { note }) })
    return errorResponse(error)
  }
}

/** FastAPI's answer to an HTTPException; anything else is Starlette's ServerErrorMiddleware's plain-text 500. */
function errorResponse(error: unknown): Response {
  if (error instanceof HTTPException) return exceptionResponse(error)
  // The details go to the console, as a server's traceback does.
  console.error(error)
  return new Response('Internal Server Error', {
    status: 500,
    statusText: reasonPhrase(500),
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': '21' },
  })
}

/** FastAPI's answers to a JSON body it cannot use: 400 for bytes that are not UTF-8, else a 422. */
function jsonBodyFailure(
  model: string,
  outcome: Exclude<JsonBodyOutcome<unknown>, { ok: true }>,
  request: Request,
  steps: DecisionStep[],
): Response {
  const contentType = request.headers.get('content-type')
  if (outcome.stage === 'undecodable') {
    steps.push({ stage: 'json-body', result: 'undecodable', contentType, model, errors: [] })
    return exceptionResponse(new HTTPException(400, 'There was an error parsing the body'))
  }
  const result = outcome.stage === 'decode' ? 'invalid-json' : 'failed'
  steps.push({ stage: 'json-body', result, contentType, model, errors: outcome.errors })
  return jsonTextResponse(422, pythonJsonDumpsUnicode({ detail: outcome.errors }))
}

function exceptionResponse(exception: HTTPException): Response {
  return jsonResponse(exception.statusCode, { detail: exception.detail }, { headers: exception.headers })
}

const encoder = new TextEncoder()
const utf8Length = (text: string) => encoder.encode(text).byteLength
