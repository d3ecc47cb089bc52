// FastAPI's request handler for one of the app's routes (fastapi/routing.py get_request_handler):
// read the body, solve the dependencies, validate, call the path function, and answer what it
// returned or raised, through the app's own exception handlers where it has them.
import type { DecisionStep, HandledValidation } from './exchange-record'
import { readJsonBody, validateJsonBody, type JsonBodyOutcome } from './bodies/json-body'
import { pythonJsonDumpsUnicode } from './bodies/python-json-decoder'
import {
  handledAppException,
  type ExceptionHandlers,
  type HandlerResponse,
  type RequestValidationErrors,
} from './exception-handlers'
import type { FastApiRelease } from './fastapi-release'
import { FORM_MEDIA_TYPE, MULTIPART_MEDIA_TYPE, readForm, textFields } from './forms/read-form'
import { validateForm } from './forms/form-model'
import { HTTPException } from './http-exception'
import { jsonResponse, jsonTextResponse, reasonPhrase } from './responses'
import type { ReleaseChangeId } from './release-changes'
import type { ApiRoute } from './route'
import type { HttpConnection } from './security/security-scheme'
import { raised, solveDependencies } from './solve-dependencies'
import { createSubResponse } from './sub-response'

/** What one request's handling writes down, which FastAPI it answers as, and the app's handlers. */
export interface Handling {
  readonly steps: DecisionStep[]
  readonly changes: Set<ReleaseChangeId>
  readonly release: FastApiRelease
  readonly exceptionHandlers: ExceptionHandlers
  /** The request as the security classes read it, the browser's Cookie header included. */
  readonly connection: HttpConnection
  /** The server's clock, in milliseconds. */
  readonly now: () => number
  /** Where the answer's Set-Cookie lines go, once the path function has returned. */
  readonly setCookie: string[]
}

export async function runApiRoute(route: ApiRoute, request: Request, handling: Handling): Promise<Response> {
  const { steps, changes, release, exceptionHandlers, connection } = handling
  const note = (ids: readonly ReleaseChangeId[] | undefined) => {
    for (const id of ids ?? []) changes.add(id)
  }
  // What the app's RequestValidationError handler makes of these errors, if it has one and it answers.
  const validationHandled = (errors: RequestValidationErrors) => {
    const handler = exceptionHandlers.requestValidation
    const response = handler?.handle(errors, route.name)
    if (!handler || !response) return undefined
    const handledBy: HandledValidation = { handler: handler.name, status: response.status, why: response.why }
    return { handledBy, response: handlerResponse(response, request.method) }
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
      return jsonBodyFailure(jsonBody.model.name, jsonBody.outcome, request, steps, validationHandled)
    }

    const solving = { request, connection, release, steps, note, exceptionHandlers }
    const solved = await solveDependencies(route.dependant, solving)
    if (!solved.ok) return errorResponse(solved.error, exceptionHandlers, request.method)

    let form: unknown
    if (route.form && formRead?.ok) {
      const validation = validateForm(route.form, formRead.values, release)
      note(validation.releaseChanges)
      const fields = textFields(formRead.values)
      const contentType = request.headers.get('content-type')
      const readAsForm = formRead.mediaType === FORM_MEDIA_TYPE || formRead.mediaType === MULTIPART_MEDIA_TYPE
      if (!validation.ok) {
        const handled = validationHandled(validation.errors)
        steps.push({
          stage: 'validation',
          result: 'failed',
          contentType,
          readAsForm,
          fields,
          errors: validation.errors,
          ...(handled && { handledBy: handled.handledBy }),
        })
        return handled ? handled.response : jsonResponse(422, { detail: validation.errors })
      }
      steps.push({ stage: 'validation', result: 'passed', contentType, readAsForm, fields, errors: [] })
      form = validation.form
    }

    let body: unknown
    if (jsonBody) {
      const { model, outcome } = jsonBody
      if (!outcome.ok) return jsonBodyFailure(model.name, outcome, request, steps, validationHandled)
      steps.push({
        stage: 'json-body',
        result: 'passed',
        contentType: request.headers.get('content-type'),
        model: model.name,
        errors: [],
      })
      body = outcome.body
    }

    // The `response: Response` parameter: what the path function sets goes out with its value only.
    const response = createSubResponse(handling.now)
    const returned = await route.endpoint({ params: solved.values, form, body, request, release, response })
    steps.push({ stage: 'endpoint', result: 'returned', name: route.name })
    const answer = jsonResponse(200, route.responseModel ? route.responseModel.serialize(returned) : returned)
    response.headers.forEach((value, name) => {
      answer.headers.append(name, value)
    })
    handling.setCookie.push(...response.setCookieLines)
    return answer
  } catch (error) {
    steps.push({ stage: 'endpoint', result: 'raised', name: route.name, ...raised(error, { note, exceptionHandlers }) })
    return errorResponse(error, exceptionHandlers, request.method)
  }
}

/**
 * FastAPI's answer to an HTTPException, the app's own handler's to an exception it registered one
 * for; anything else is Starlette's ServerErrorMiddleware's plain-text 500.
 */
function errorResponse(error: unknown, handlers: ExceptionHandlers, method: string): Response {
  if (error instanceof HTTPException) return exceptionResponse(error)
  const handled = handledAppException(error, handlers)
  if (handled) return handlerResponse(handled.response, method)
  // The details go to the console, as a server's traceback does.
  console.error(error)
  return new Response('Internal Server Error', {
    status: 500,
    statusText: reasonPhrase(500),
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': '21' },
  })
}

type ValidationHandled = (
  errors: RequestValidationErrors,
) => { readonly handledBy: HandledValidation; readonly response: Response } | undefined

/** FastAPI's answers to a JSON body it cannot use: 400 for bytes that are not UTF-8, else a 422. */
function jsonBodyFailure(
  model: string,
  outcome: Exclude<JsonBodyOutcome<unknown>, { ok: true }>,
  request: Request,
  steps: DecisionStep[],
  validationHandled: ValidationHandled,
): Response {
  const contentType = request.headers.get('content-type')
  if (outcome.stage === 'undecodable') {
    steps.push({ stage: 'json-body', result: 'undecodable', contentType, model, errors: [] })
    return exceptionResponse(new HTTPException(400, 'There was an error parsing the body'))
  }
  const result = outcome.stage === 'decode' ? 'invalid-json' : 'failed'
  // JSON that does not parse is a RequestValidationError too: the app's handler gets both.
  const handled = validationHandled(outcome.errors)
  steps.push({
    stage: 'json-body',
    result,
    contentType,
    model,
    errors: outcome.errors,
    ...(handled && { handledBy: handled.handledBy }),
  })
  return handled ? handled.response : jsonTextResponse(422, pythonJsonDumpsUnicode({ detail: outcome.errors }))
}

function exceptionResponse(exception: HTTPException): Response {
  return jsonResponse(exception.statusCode, { detail: exception.detail }, { headers: exception.headers })
}

/** Starlette's JSONResponse as a handler wrote it. */
function handlerResponse(response: HandlerResponse, method: string): Response {
  return jsonResponse(response.status, response.content, { headers: response.headers ?? {}, method })
}
