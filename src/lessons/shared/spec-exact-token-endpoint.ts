// The token endpoint of main_spec_exact.py, which lessons 3 and 5 share: its errors as RFC 6749
// section 5.2 words them, `{"error": …, "error_description": …}` with 400, instead of FastAPI's
// `{"detail": …}` (and its 422 for a bad form), and section 5.1's no-store headers on every answer.
// What FastAPI does with the Python's handlers: docs/fastapi-behaviour.md#the-spec-exact-apps.
import {
  AppException,
  exceptionHandler,
  type ExceptionHandlers,
  type HandlerResponse,
  type RequestValidationErrors,
  type ValidationHandlerResponse,
} from '../../server/exception-handlers'

/** `NO_STORE`: no cache may keep a token, nor an error of the endpoint that hands them out. */
export const NO_STORE: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/** main_spec_exact.py's `TokenError(error, description)`. */
export class TokenError extends AppException {
  constructor(error: string, description: string, why: string) {
    super('TokenError', [error, description], { why, check: error })
  }
}

/** The failed login both lessons answer alike: the tutorial's words as the description. */
export function invalidGrant(why: string): TokenError {
  return new TokenError('invalid_grant', 'Incorrect username or password', why)
}

/** `token_error_response(error, description)`. */
function tokenErrorResponse(error: string, description: string): HandlerResponse {
  return { status: 400, content: { error, error_description: description }, headers: NO_STORE }
}

const tokenErrorHandler = exceptionHandler('token_error_handler', TokenError, ({ pythonArgs: [error, description] }) =>
  tokenErrorResponse(error ?? '', description ?? ''),
)

/**
 * `token_form_error_handler`: the login route's RequestValidationError in RFC 6749's words; any
 * other route's goes on to FastAPI's own handler and its 422.
 */
function tokenFormErrors(loginEndpoint: string) {
  return (errors: RequestValidationErrors, endpoint: string): ValidationHandlerResponse | undefined => {
    if (endpoint !== loginEndpoint) return undefined
    const wrongGrant = errors.find((error) => error.type === 'string_pattern_mismatch')
    if (wrongGrant) {
      return {
        ...tokenErrorResponse('unsupported_grant_type', 'The only grant_type here is password'),
        why:
          `grant_type is ${JSON.stringify('input' in wrongGrant ? wrongGrant.input : '')}, and RFC 6749 calls a ` +
          'grant the server does not support unsupported_grant_type; it is checked first, as the fields a ' +
          'client must send depend on the grant',
      }
    }
    const description = errors.map((error) => `${String(error.loc.at(-1) ?? '')}: ${error.msg}`).join('; ')
    return {
      ...tokenErrorResponse('invalid_request', description),
      why:
        'RFC 6749 calls a token request that lacks a required parameter, or is otherwise malformed, ' +
        'invalid_request; the description lists what the 422 would have listed',
    }
  }
}

/** The two handlers main_spec_exact.py registers, for the login route named `loginEndpoint`. */
export function specExactExceptionHandlers(loginEndpoint: string): ExceptionHandlers {
  return {
    appExceptions: [tokenErrorHandler],
    requestValidation: { name: 'token_form_error_handler', handle: tokenFormErrors(loginEndpoint) },
  }
}
