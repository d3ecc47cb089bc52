// The app's own exception handlers (`@app.exception_handler(...)`): an exception class of the app's
// code answered by a handler of its own, and FastAPI's RequestValidationError answered otherwise
// than with FastAPI's 422. Starlette looks a handler up by the raised exception's class.
import type { JsonBodyError } from './bodies/json-body'
import type { JsonValue } from './json'
import type { ValidationErrorEntry } from './validation-error'

/** What a handler returns: Starlette's `JSONResponse(content, status_code, headers)`. */
export interface HandlerResponse {
  readonly status: number
  readonly content: JsonValue
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * An exception class of the app's own code (`class TokenError(Exception)`), raised by a dependency
 * or a path function. `why` and `check` are ours, as on HTTPException: for the inspector and the
 * experiments, never sent.
 */
export class AppException extends Error {
  /** The Python class's name. */
  readonly pythonClass: string
  /** The arguments the code raised it with, for the record: `TokenError("invalid_grant", "…")`. */
  readonly pythonArgs: readonly string[]
  readonly why: string | undefined
  readonly check: string | undefined

  constructor(
    pythonClass: string,
    pythonArgs: readonly string[],
    options: { readonly why?: string; readonly check?: string } = {},
  ) {
    super(`${pythonClass}(${pythonArgs.map((arg) => JSON.stringify(arg)).join(', ')})`)
    this.name = pythonClass
    this.pythonClass = pythonClass
    this.pythonArgs = pythonArgs
    this.why = options.why
    this.check = options.check
  }
}

export interface AppExceptionHandler {
  /** The handler function's Python name, e.g. `token_error_handler`. */
  readonly name: string
  /** Its answer to an exception of the class it is registered for; undefined for any other. */
  readonly handle: (exception: AppException) => HandlerResponse | undefined
}

/** `@app.exception_handler(<exceptionClass>)` on a handler that answers with `answer`. */
export function exceptionHandler<E extends AppException>(
  name: string,
  exceptionClass: abstract new (...args: never[]) => E,
  answer: (exception: E) => HandlerResponse,
): AppExceptionHandler {
  return { name, handle: (exception) => (exception instanceof exceptionClass ? answer(exception) : undefined) }
}

/** The entries of a RequestValidationError: a form's fields, or a JSON body's. */
export type RequestValidationErrors = readonly (ValidationErrorEntry | JsonBodyError)[]

/** A RequestValidationError handler's answer, and why it answered so (ours, for the inspector). */
export interface ValidationHandlerResponse extends HandlerResponse {
  readonly why: string
}

export interface RequestValidationHandler {
  readonly name: string
  /**
   * Its answer to the errors of a request the router gave to `endpoint` (the path function's
   * name); undefined where it hands them on to FastAPI's own handler, which answers 422.
   */
  readonly handle: (errors: RequestValidationErrors, endpoint: string) => ValidationHandlerResponse | undefined
}

export interface ExceptionHandlers {
  readonly appExceptions?: readonly AppExceptionHandler[]
  readonly requestValidation?: RequestValidationHandler
}

/** The handler that answers `error`, and its answer; undefined when none is registered for it. */
export function handledAppException(
  error: unknown,
  handlers: ExceptionHandlers,
): { readonly exception: AppException; readonly handler: string; readonly response: HandlerResponse } | undefined {
  if (!(error instanceof AppException)) return undefined
  for (const handler of handlers.appExceptions ?? []) {
    const response = handler.handle(error)
    if (response) return { exception: error, handler: handler.name, response }
  }
  return undefined
}
