// "Why" for a security scheme's step: what it found in the request, and whether it handed
// credentials on, handed None on (auto_error=False), or answered 401 itself.
import type { ApiKeyLocation, DecisionStep } from '../server/exchange-record'
import { functionList, type ExplanationLine, type StepContext } from './explanation-line'
import { quoted } from './formatters'

type SecurityStep = Extract<DecisionStep, { stage: 'security' }>

export function securityLine(step: SecurityStep, context: StepContext): ExplanationLine {
  switch (step.result) {
    case 'passed':
      return securityPassed(step, context)
    case 'none':
      return securityNone(step, context)
    case 'rejected':
      return securityRejected(step, context)
  }
}

/** `oauth2_scheme (OAuth2PasswordBearer)`: the instance as main.py names it, and its class. */
function schemeOf(step: Extract<DecisionStep, { stage: 'security' }>): string {
  return step.dependency === undefined ? step.scheme : `${step.dependency} (${step.scheme})`
}

/** Where a scheme's credentials went: the function that asked for them, if any did. */
function handedTo(
  step: Extract<DecisionStep, { stage: 'security'; result: 'passed' | 'none' }>,
  context: StepContext,
): string {
  if (step.handedTo !== undefined) return `to ${step.handedTo}()`
  // Recorded with its instance name but handed to no one: listed in the route's dependencies=[…].
  if (step.dependency !== undefined)
    return 'to no function (the route lists it in dependencies=[…], for its check only)'
  return `to ${context.endpoint}`
}

/** The word a class that reads the Authorization header wants before the credentials. */
function expectedScheme(scheme: string): string {
  if (scheme === 'HTTPBasic') return 'basic'
  if (scheme === 'HTTPDigest') return 'digest'
  return 'bearer'
}

/** `the X-API-Key header`, `the query parameter api_key`, `the cookie session`. */
function apiKeyPlace(apiKey: ApiKeyLocation | undefined): string {
  switch (apiKey?.in) {
    case 'header':
      return `the ${apiKey.name} header`
    case 'query':
      return `the query parameter ${apiKey.name}`
    case 'cookie':
      return `the cookie ${apiKey.name}`
    case undefined:
      return 'the API key'
  }
}

function securityPassed(
  step: Extract<DecisionStep, { stage: 'security'; result: 'passed' }>,
  context: StepContext,
): ExplanationLine {
  if (step.apiKey !== undefined) {
    return {
      tone: 'pass',
      text:
        `${schemeOf(step)} read ${quoted(step.credentials)} from ${apiKeyPlace(step.apiKey)} and handed it ` +
        `${handedTo(step, context)}, unchecked: whether the key is valid is the app’s business.`,
    }
  }
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
    text: `${schemeOf(step)} found the scheme ${quoted(step.sentScheme)}, which is ${expectedScheme(step.scheme)} in any case, and handed ${token} ${handedTo(step, context)}.`,
  }
}

/** auto_error=False: what a 401 would have been for, and the None handed on instead. */
function securityNone(
  step: Extract<DecisionStep, { stage: 'security'; result: 'none' }>,
  context: StepContext,
): ExplanationLine {
  return {
    tone: 'info',
    text:
      `${rejectionReason(step)}. With auto_error=False, ${schemeOf(step)} handed None ${handedTo(step, context)} ` +
      'instead of answering 401: what a missing credential means is up to that code.',
  }
}

function securityRejected(
  step: Extract<DecisionStep, { stage: 'security'; result: 'rejected' }>,
  context: StepContext,
): ExplanationLine {
  const waiting = step.neverRan && step.neverRan.length > 0 ? functionList(step.neverRan) : context.endpoint
  const answered = `${schemeOf(step)} answered ${step.status ?? 401} ${step.detail ?? 'Not authenticated'}${
    context.challenge ? ` (WWW-Authenticate: ${context.challenge})` : ''
  } before ${waiting} ran`
  return { tone: 'stop', text: `${rejectionReason(step)}, so ${answered}.` }
}

/** Why a scheme found nothing it could hand on, as the start of a sentence. */
function rejectionReason(step: Extract<DecisionStep, { stage: 'security'; result: 'rejected' | 'none' }>): string {
  const expected = expectedScheme(step.scheme)
  const sent = step.sentScheme ?? ''
  switch (step.reason) {
    case 'no-authorization-header':
      return 'There is no Authorization header'
    case 'wrong-scheme':
      if (sent.includes('\t')) {
        return (
          `The scheme reads ${quoted(sent)}: FastAPI splits scheme and token at the first plain space ` +
          `only, and a tab is not one, so the scheme is not ${expected}`
        )
      }
      if (sent.toLowerCase().startsWith(expected) && sent.length > expected.length) {
        return `${quoted(sent)} has no space after the scheme, so the whole value is the scheme, which is not ${expected}`
      }
      return `The scheme is ${sent === '' ? 'empty' : quoted(sent)}, not ${expected} (compared case-insensitively)`
    case 'no-credentials':
      return `Nothing follows ${quoted(sent)}, and ${step.scheme} wants a token after the scheme`
    case 'invalid-base64':
      return (
        'The credentials after Basic are not base64 as Python decodes it (stray characters are skipped, ' +
        'but the padding must be right)'
      )
    case 'not-ascii':
      return 'The decoded credentials are not ASCII, and HTTPBasic decodes them as ASCII'
    case 'no-colon':
      return 'The decoded credentials have no ":" between the username and the password'
    case 'no-api-key':
      return `There is no ${apiKeyPlace(step.apiKey).replace(/^the /, '')}, or it is empty`
  }
}
