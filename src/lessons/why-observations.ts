// Matchers on the record of why the stand-in answered as it did (the steps the panel's "Why" lists):
// which security scheme refused or passed, which dependency raised or was reused, where the router
// sent the request. Lessons combine them with observations.ts's own.
import type { SecurityRejection } from '../server/exchange-record'
import type { Matcher } from './observations'

const REJECTIONS: Readonly<Record<SecurityRejection, string>> = {
  'no-authorization-header': 'found no Authorization header',
  'wrong-scheme': 'found another scheme in the Authorization header',
  'no-credentials': 'found no token after the scheme',
  'invalid-base64': 'could not decode the base64',
  'not-ascii': 'found bytes that are not ASCII',
  'no-colon': 'found no colon between username and password',
  'no-api-key': 'found no API key',
}

/** The security scheme (by its class name) answered before the endpoint ran. */
export function rejectedBy(scheme: string, reason: SecurityRejection): Matcher {
  return {
    phrase: `because ${scheme} ${REJECTIONS[reason]}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'security' && step.result === 'rejected' && step.scheme === scheme && step.reason === reason,
      ),
  }
}

/** `auto_error=False`: the security scheme found nothing usable and handed None on instead of answering 401. */
export function handedNone(scheme: string, reason: SecurityRejection): Matcher {
  return {
    phrase: `after ${scheme} ${REJECTIONS[reason]} and handed None`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'security' && step.result === 'none' && step.scheme === scheme && step.reason === reason,
      ),
  }
}

/** The security scheme let the request through with exactly these credentials. */
export function passedWith(scheme: string, credentials: string): Matcher {
  return {
    phrase: `after ${scheme} handed over “${credentials}”`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'security' &&
          step.result === 'passed' &&
          step.scheme === scheme &&
          step.credentials === credentials,
      ),
  }
}

/**
 * The tutorial's own code raised, at the check with this code (see HTTPException's `check`):
 * in a dependency such as get_current_user, or in the path function itself.
 */
export function raisedAt(check: string, because: string): Matcher {
  return {
    phrase: `because ${because}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          (step.stage === 'dependency' || step.stage === 'endpoint') &&
          step.result === 'raised' &&
          step.check === check,
      ),
  }
}

/** Form validation failed on this field (a 422 from OAuth2PasswordRequestForm). */
export function formFieldMissing(field: string): Matcher {
  return {
    phrase: `because the form had no ${field}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'validation' &&
          step.result === 'failed' &&
          step.errors.some((error) => error.loc.at(-1) === field && error.type === 'missing'),
      ),
  }
}

/** Starlette's router redirected to the path with (or without) its trailing slash. */
export function redirectedTo(path: string): Matcher {
  return {
    phrase: `because the router redirects it to ${path}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) => step.stage === 'routing' && step.result === 'redirect-slashes' && step.redirectPath === path,
      ),
  }
}

/** Starlette's router matched the route whose endpoint is this Python function. */
export function routedTo(endpoint: string): Matcher {
  return {
    phrase: `reaches ${endpoint}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) => step.stage === 'routing' && step.result === 'matched' && step.route.name === endpoint,
      ),
  }
}

/** Starlette's router found no route for the path. */
export function noSuchRoute(): Matcher {
  return {
    phrase: 'because the app has no such route',
    part: 'reason',
    test: (exchange) => exchange.steps.some((step) => step.stage === 'routing' && step.result === 'not-found'),
  }
}

/**
 * This dependency of the tutorial's (`get_current_user`) raised, after the security scheme had let
 * the request in, so the path function never ran.
 */
export function raisedBy(dependency: string, pathFunction: string): Matcher {
  return {
    phrase: `raised by ${dependency}, so ${pathFunction} never ran`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'dependency' &&
          step.result === 'raised' &&
          step.name === dependency &&
          step.neverRan.at(-1) === pathFunction,
      ),
  }
}

/** A Pydantic model body refused the body with this error type (`model_attributes_type`, …). */
export function jsonBodyRefused(type: string, because: string): Matcher {
  return {
    phrase: `because ${because}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) => step.stage === 'json-body' && step.result !== 'passed' && step.errors.some((e) => e.type === type),
      ),
  }
}

/**
 * A dependency that this router lists in its `dependencies=[…]` (or something it needed) stopped the
 * request, so the path function never ran.
 */
export function stoppedByRouter(router: string, dependency: string, pathFunction: string): Matcher {
  return {
    phrase: `because ${dependency}, a dependency of ${router}, stopped it before ${pathFunction} ran`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          ((step.stage === 'security' && step.result === 'rejected') ||
            (step.stage === 'dependency' && step.result === 'raised')) &&
          step.forRouter?.router === router &&
          step.forRouter.dependency === dependency &&
          step.neverRan?.at(-1) === pathFunction,
      ),
  }
}

/** FastAPI handed this function a dependency's value it already had in the request, without a second call. */
export function reusedFor(dependency: string, by: string): Matcher {
  return {
    phrase: `with ${dependency} called once and its value reused for ${by}`,
    part: 'reason',
    test: (exchange) =>
      exchange.steps.some(
        (step) =>
          step.stage === 'dependency' && step.result === 'reused' && step.name === dependency && step.handedTo === by,
      ) &&
      exchange.steps.filter(
        (step) => step.stage === 'dependency' && step.result === 'returned' && step.name === dependency,
      ).length === 1,
  }
}

/** The playground's stand-in identity provider (not FastAPI) decided, at the check with this code. */
export function providerDecided(check: string, because: string): Matcher {
  return {
    phrase: `because ${because}`,
    part: 'reason',
    test: (exchange) => exchange.steps.some((step) => step.stage === 'identity-provider' && step.check === check),
  }
}
