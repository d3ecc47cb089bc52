// One sentence per decision the stand-in recorded, in FastAPI's terms: the router, the security
// scheme, each dependency, the form, the path function. Sentences are built from the record,
// never from the status.
import type { DecisionStep } from '../server/exchange-record'
import { isMissing, type ValidationErrorEntry } from '../server/validation-error'
import { quoted } from './formatters'
import { mediaTypeOf } from '../server/media-type'

export type Tone = 'pass' | 'stop' | 'info'

export interface ExplanationLine {
  readonly tone: Tone
  readonly text: string
}

export interface StepContext {
  /** `read_items()`, or "the endpoint" when routing did not get that far. */
  readonly endpoint: string
  /** The challenge the answer carried, e.g. `Bearer`. */
  readonly challenge: string | undefined
  /** Whether the answer was a plain-text error rather than FastAPI's JSON. */
  readonly plainText: boolean
}

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
      return step.result === 'passed' ? securityPassed(step, context) : securityRejected(step, context)
    case 'validation':
      return step.result === 'passed'
        ? { tone: 'pass', text: `The form passed validation (${Object.keys(step.fields).join(', ') || 'no fields'}).` }
        : validationFailed(step.contentType, step.fields, step.errors, context)
    case 'json-body':
      return jsonBodyLine(step)
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

/** `oauth2_scheme (OAuth2PasswordBearer)`: the instance as main.py names it, and its class. */
function schemeOf(step: Extract<DecisionStep, { stage: 'security' }>): string {
  return step.dependency === undefined ? step.scheme : `${step.dependency} (${step.scheme})`
}

/** Where a scheme's credentials went: the function that asked for them, if any did. */
function handedTo(step: Extract<DecisionStep, { stage: 'security'; result: 'passed' }>, context: StepContext) {
  if (step.handedTo !== undefined) return `to ${step.handedTo}()`
  // Recorded with its instance name but handed to no one: listed in the route's dependencies=[…].
  if (step.dependency !== undefined)
    return 'to no function (the route lists it in dependencies=[…], for its check only)'
  return `to ${context.endpoint}`
}

function securityPassed(
  step: Extract<DecisionStep, { stage: 'security'; result: 'passed' }>,
  context: StepContext,
): ExplanationLine {
  if (step.sentScheme.toLowerCase() === 'basic') {
    return {
      tone: 'pass',
      text: `${schemeOf(step)} decoded the username ${quoted(step.credentials)} and its password, and handed them ${handedTo(step, context)}.`,
    }
  }
  const token =
    step.credentials === '' ? 'an empty token (it does not check that one was sent)' : quoted(step.credentials)
  return {
    tone: 'pass',
    text: `${schemeOf(step)} found the scheme ${quoted(step.sentScheme)}, which is bearer in any case, and handed ${token} ${handedTo(step, context)}.`,
  }
}

function securityRejected(
  step: Extract<DecisionStep, { stage: 'security'; result: 'rejected' }>,
  context: StepContext,
): ExplanationLine {
  const expected = step.scheme === 'HTTPBasic' ? 'basic' : 'bearer'
  const waiting = step.neverRan && step.neverRan.length > 0 ? functionList(step.neverRan) : context.endpoint
  const answered = `${schemeOf(step)} answered ${step.status ?? 401} ${step.detail ?? 'Not authenticated'}${
    context.challenge ? ` (WWW-Authenticate: ${context.challenge})` : ''
  } before ${waiting} ran`
  const sent = step.sentScheme ?? ''
  let reason: string
  switch (step.reason) {
    case 'no-authorization-header':
      reason = 'There is no Authorization header'
      break
    case 'wrong-scheme':
      if (sent.includes('\t')) {
        reason =
          `The scheme reads ${quoted(sent)}: FastAPI splits scheme and token at the first plain space ` +
          `only, and a tab is not one, so the scheme is not ${expected}`
      } else if (sent.toLowerCase().startsWith(expected) && sent.length > expected.length) {
        reason = `${quoted(sent)} has no space after the scheme, so the whole value is the scheme, which is not ${expected}`
      } else {
        reason = `The scheme is ${sent === '' ? 'empty' : quoted(sent)}, not ${expected} (compared case-insensitively)`
      }
      break
    case 'no-credentials':
      reason = `Nothing follows ${quoted(sent)}, and ${step.scheme} wants a token after the scheme`
      break
    case 'invalid-base64':
      reason =
        'The credentials after Basic are not base64 as Python decodes it (stray characters are skipped, ' +
        'but the padding must be right)'
      break
    case 'not-ascii':
      reason = 'The decoded credentials are not ASCII, and HTTPBasic decodes them as ASCII'
      break
    case 'no-colon':
      reason = 'The decoded credentials have no ":" between the username and the password'
      break
  }
  return { tone: 'stop', text: `${reason}, so ${answered}.` }
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data']

function validationFailed(
  contentType: string | null,
  fields: Readonly<Record<string, string>>,
  errors: readonly ValidationErrorEntry[],
  context: StepContext,
): ExplanationLine {
  const mediaType = mediaTypeOf(contentType)
  const reasons: string[] = []
  if (!FORM_TYPES.includes(mediaType)) {
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
      }
    }
  }
  const text = `${capitalize(reasons.join('; '))}, so FastAPI answered 422 before ${context.endpoint} ran.`
  return { tone: 'stop', text }
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
  if (step.result === 'returned') {
    const text =
      step.handedTo === undefined
        ? `${called} returned; the route lists it in dependencies=[…], so FastAPI uses no value of it.`
        : `${called} returned, and FastAPI handed its value to ${step.handedTo}().`
    return { tone: 'pass', text }
  }
  const waiting = step.neverRan.length > 0 ? ` ${functionList(step.neverRan)} never ran.` : ''
  return { tone: 'stop', text: `${raisedText(called, step, context)}${waiting}` }
}

function raisedText(
  called: string,
  step: { readonly status: number; readonly detail?: string; readonly why: string | undefined },
  context: StepContext,
): string {
  if (step.status === 500 && context.plainText) {
    return `${called} failed with an unexpected error (${step.why ?? 'no details'}), so Starlette answered a plain-text 500 Internal Server Error.`
  }
  const raised = `${called} raised HTTPException(${step.status}${step.detail === undefined ? '' : `, ${quoted(step.detail)}`})`
  if (!step.why) return `${raised}.`
  return `${raised}: ${step.why}${/[.!?]$/.test(step.why) ? '' : '.'}`
}

/** `a()`, `a() and b()`, `a(), b() and c()`. */
function functionList(names: readonly string[]): string {
  const calls = names.map((name) => `${name}()`)
  const last = calls.pop()
  return calls.length === 0 ? (last ?? '') : `${calls.join(', ')} and ${last ?? ''}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
