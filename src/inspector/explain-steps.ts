// One sentence per decision the stand-in recorded, in FastAPI's terms: the router, the security
// scheme, each dependency, the form, the path function. Sentences are built from the record,
// never from the status.
import type { DecisionStep, HandledValidation, RaisedHttpException } from '../server/exchange-record'
import { isMissing } from '../server/validation-error'
import { securityLine } from './explain-security'
import { functionList, ranFor, routerOf, type ExplanationLine, type StepContext } from './explanation-line'
import { quoted } from './formatters'
import { mediaTypeOf } from '../server/media-type'

const FRAMEWORK_ROUTES: Readonly<Record<string, string>> = {
  openapi: 'FastAPI served the OpenAPI document it generates from the app’s routes.',
  swagger_ui_html: 'FastAPI served its Swagger UI page (here the playground shows Swagger UI itself).',
  swagger_ui_redirect: 'FastAPI served the OAuth2 redirect page, which only the implicit and code flows use.',
  redoc_html: 'FastAPI served its ReDoc page.',
}

export function stepLine(step: DecisionStep, context: StepContext): ExplanationLine {
  switch (step.stage) {
    case 'routing':
      return routingLine(step)
    case 'body':
      return {
        tone: 'stop',
        text: `The body could not be read as ${step.contentType ?? 'a form'}, so FastAPI answered 400 before any dependency ran.`,
      }
    case 'security':
      return securityLine(step, context)
    case 'validation':
      return step.result === 'passed'
        ? { tone: 'pass', text: `The form passed validation (${Object.keys(step.fields).join(', ') || 'no fields'}).` }
        : validationFailed(step, context)
    case 'json-body':
      return step.handledBy
        ? {
            tone: 'stop',
            text: `The body is not a valid ${step.model} (a RequestValidationError), and ${handlerAnswered(step.handledBy)}`,
          }
        : jsonBodyLine(step)
    case 'startup':
      return {
        tone: 'stop',
        text:
          `The app raised while it was being imported (${step.error.split('\n')[0] ?? step.error}), so no server ` +
          'is listening: the connection is refused, and there is no status, header or body to show.',
      }
    case 'identity-provider':
      // A third party's server, not FastAPI: its record says in its own words what it did.
      return { tone: step.result === 'answered' ? 'pass' : 'stop', text: step.why }
    case 'dependency':
      return dependencyLine(step, context)
    case 'endpoint':
      return endpointLine(step, context)
  }
}

function jsonBodyLine(step: Extract<DecisionStep, { stage: 'json-body' }>): ExplanationLine {
  const sent = step.contentType ?? 'no content type'
  switch (step.result) {
    case 'passed':
      return { tone: 'pass', text: `The JSON body passed validation as ${step.model}.` }
    case 'undecodable':
      return {
        tone: 'stop',
        text: 'The body is not UTF-8, so FastAPI could not read it as JSON and answered 400 before any dependency ran.',
      }
    case 'invalid-json': {
      const error = step.errors[0]
      return {
        tone: 'stop',
        text:
          `The body was sent as ${sent}, so FastAPI parsed it as JSON, and Python’s json module stopped at ` +
          `character ${String(error?.loc[1] ?? 0)}: ${error?.ctx?.error ?? 'invalid JSON'}. That is a 422, before any dependency ran.`,
      }
    }
    case 'failed': {
      if (step.errors.some((error) => error.loc.length === 1 && error.type === 'missing')) {
        return { tone: 'stop', text: `There is no body at all, and the route needs a ${step.model} as JSON: 422.` }
      }
      const notJson = step.errors.some((error) => error.type === 'model_attributes_type')
      const fields = step.errors.map((error) => error.loc.slice(1).join('.')).filter(Boolean)
      return {
        tone: 'stop',
        text: notJson
          ? `The route takes a ${step.model} as a JSON body, but the body (sent as ${sent}) is not a JSON object, ` +
            'so Pydantic found no fields to read and FastAPI answered 422.'
          : `The JSON body is not a valid ${step.model}: ${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} ` +
            'missing or not a string, so FastAPI answered 422.',
      }
    }
  }
}

function routingLine(step: Extract<DecisionStep, { stage: 'routing' }>): ExplanationLine {
  switch (step.result) {
    case 'matched':
      return {
        tone: 'pass',
        text: `${step.route.method} ${step.route.path} matched the route of ${step.route.name}().`,
      }
    case 'not-found':
      return {
        tone: 'stop',
        text:
          `No route has the path ${step.path}, under any method, with or without a trailing slash, ` +
          'so the router answered 404 Not Found before any of the app’s code ran.',
      }
    case 'method-not-allowed':
      return {
        tone: 'stop',
        text:
          `${step.path} is a route, but not for ${step.method}: the router answered 405 Method Not Allowed ` +
          `with allow: ${step.allow.join(', ')}, before any security check or endpoint ran.`,
      }
    case 'redirect-slashes':
      return {
        tone: 'info',
        text:
          `No route is ${step.path}, but ${step.redirectPath} is: Starlette’s redirect_slashes answered ` +
          `307 with location: ${step.location}. The browser repeats the request there (the next exchange) ` +
          'with the same method, body and Authorization header. Security has not run yet, so this answer ' +
          'carries no www-authenticate.',
      }
  }
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

function validationFailed(
  { contentType, readAsForm, fields, errors, handledBy }: Extract<DecisionStep, { stage: 'validation' }>,
  context: StepContext,
): ExplanationLine {
  const reasons: string[] = []
  if (!(readAsForm ?? FORM_TYPES.includes(mediaTypeOf(contentType)))) {
    reasons.push(
      `the body was sent as ${contentType ?? 'no content type at all'}, which FastAPI does not read as a form, ` +
        'so every field counts as missing',
    )
  } else {
    for (const error of errors) {
      const field = error.loc[1]
      if (isMissing(error)) {
        reasons.push(
          fields[field] === ''
            ? `the form field ${field} is empty, and FastAPI treats an empty field as missing`
            : `the form has no ${field}`,
        )
      } else if (error.type === 'value_error.str.regex') {
        // Pydantic 1 does not echo the value, and matched its regex at the start only.
        reasons.push(
          `the form field ${field} is ${quoted(fields[field] ?? '')}, which does not start with ${error.ctx.pattern}`,
        )
      } else if (error.type === 'string_pattern_mismatch') {
        reasons.push(`the form field ${field} is ${quoted(error.input)}, which does not match ${error.ctx.pattern}`)
      } else if (error.type === 'literal_error') {
        const sent = typeof error.input === 'string' ? quoted(error.input) : 'a file (its part has a filename)'
        reasons.push(`the form field ${field} is ${sent}, which is not one of ${error.ctx.expected}`)
      } else {
        reasons.push(`the form field ${field} came as a file (its part has a filename), and a file is not a string`)
      }
    }
  }
  const reason = capitalize(reasons.join('; '))
  const text = handledBy
    ? `${reason}, so FastAPI raised RequestValidationError before ${context.endpoint} ran, and ${handlerAnswered(handledBy)}`
    : `${reason}, so FastAPI answered 422 before ${context.endpoint} ran.`
  return { tone: 'stop', text }
}

/** Who answered a RequestValidationError instead of FastAPI's 422, and why. */
function handlerAnswered(handledBy: HandledValidation): string {
  const why = handledBy.why.replace(/[.!?]$/, '')
  return `the app’s own handler ${handledBy.handler}() answered it with ${handledBy.status} instead of FastAPI’s 422: ${why}.`
}

function endpointLine(step: Extract<DecisionStep, { stage: 'endpoint' }>, context: StepContext): ExplanationLine {
  if (step.result === 'returned') {
    const framework = FRAMEWORK_ROUTES[step.name]
    if (framework) return { tone: 'pass', text: framework }
    return { tone: 'pass', text: `${step.name}() ran and returned; FastAPI sent its value as JSON with 200 OK.` }
  }
  return { tone: 'stop', text: raisedText(`${step.name}()`, step, context) }
}

/** A dependency function: what it returned and to whom, or what it raised and who never ran. */
function dependencyLine(step: Extract<DecisionStep, { stage: 'dependency' }>, context: StepContext): ExplanationLine {
  const scopes =
    step.securityScopes === undefined ? '' : ` (SecurityScopes [${step.securityScopes.map(quoted).join(', ')}])`
  const called = `${step.name}()${scopes}`
  // The router's own dependency, rather than one it needs on the way.
  const declared = step.forRouter?.dependency === step.name ? step.forRouter : undefined
  if (step.result === 'reused') {
    const to = step.handedTo === undefined ? '' : ` handed the same value to ${step.handedTo}() and`
    return {
      tone: 'pass',
      text: `${called} had already run in this request, so FastAPI${to} did not call it again (use_cache).`,
    }
  }
  if (step.result === 'returned') {
    const text = declared
      ? `${called} returned; ${routerOf(declared)} lists it in dependencies=[…], so it runs first for every ` +
        'route of that router, which hands its value to no parameter.'
      : step.handedTo === undefined
        ? `${called} returned; the route lists it in dependencies=[…], so FastAPI uses no value of it.`
        : `${called} returned, and FastAPI handed its value to ${step.handedTo}().`
    return { tone: 'pass', text }
  }
  const waiting = step.neverRan.length > 0 ? ` ${functionList(step.neverRan)} never ran.` : ''
  const who = declared ? `${called}, a dependency of ${routerOf(declared)},` : called
  return { tone: 'stop', text: `${raisedText(who, step, context)}${waiting}${ranFor(step.forRouter, step.name)}` }
}

function raisedText(called: string, step: RaisedHttpException, context: StepContext): string {
  if (step.status === 500 && context.plainText) {
    return `${called} failed with an unexpected error (${step.why ?? 'no details'}), so Starlette answered a plain-text 500 Internal Server Error.`
  }
  const raised = step.exception
    ? `${called} raised ${step.exception.pythonClass}(${step.exception.args.map(quoted).join(', ')}), which the ` +
      `app’s own handler ${step.exception.handler}() answered with ${step.status}`
    : `${called} raised HTTPException(${step.status}${step.detail === undefined ? '' : `, ${quoted(step.detail)}`})`
  if (!step.why) return `${raised}.`
  return `${raised}: ${step.why}${/[.!?]$/.test(step.why) ? '' : '.'}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
