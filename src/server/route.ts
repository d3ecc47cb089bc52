// One declaration per endpoint, in the spirit of FastAPI's path operation decorators. The app
// runs it (security, form, endpoint) and the OpenAPI generator documents it from the same object.
import type { JsonBodyModel } from './bodies/json-body'
import type { FastApiRelease } from './fastapi-release'
import type { FormModel } from './forms/form-model'
import type { JsonObject } from './json'
import type { SecurityScheme } from './security/security-scheme'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A Pydantic model used as a return type: its schema, and how it filters what the endpoint returned. */
export interface ResponseModel<T> {
  readonly name: string
  readonly schema: JsonObject
  serialize(value: T): unknown
}

export interface EndpointInput<C, F, B = unknown> {
  readonly credentials: C
  readonly form: F
  /** The validated JSON body, for a route that declares a Pydantic model body. */
  readonly body: B
  /** `SecurityScopes.scopes`: what the route and its dependencies require, outermost first. */
  readonly securityScopes: readonly string[]
  readonly request: Request
  /** The FastAPI the app answers as, for a tutorial whose own code said something else then. */
  readonly release: FastApiRelease
}

export interface RouteDeclaration<C, F, T, B = undefined> {
  readonly method: HttpMethod
  readonly path: string
  /** The Python function name: it names the operation (summary and operationId). */
  readonly name: string
  readonly security?: { readonly scheme: SecurityScheme<C>; readonly scopes?: readonly string[] }
  readonly form?: FormModel<F>
  /** A Pydantic model parameter: the body is read as JSON. A route has a form or this, not both. */
  readonly jsonBody?: JsonBodyModel<B>
  readonly responseModel?: ResponseModel<T>
  /** `include_in_schema=False` hides a route from the OpenAPI document, as in FastAPI. */
  readonly includeInSchema?: boolean
  readonly endpoint: (input: EndpointInput<C, F, B>) => T | Promise<T>
}

/** A declared route with its types erased, so that routes of any shape share one table. */
export interface ApiRoute {
  readonly method: HttpMethod
  readonly path: string
  readonly methods: readonly string[]
  readonly name: string
  readonly includeInSchema: boolean
  readonly security: { readonly scheme: SecurityScheme<unknown>; readonly scopes: readonly string[] } | undefined
  readonly form: FormModel<unknown> | undefined
  readonly jsonBody: JsonBodyModel<unknown> | undefined
  readonly responseModel: ResponseModel<unknown> | undefined
  readonly endpoint: (input: EndpointInput<unknown, unknown>) => unknown
}

export function defineRoute<C = undefined, F = undefined, T = unknown, B = undefined>(
  declaration: RouteDeclaration<C, F, T, B>,
): ApiRoute {
  const { security, form, jsonBody, responseModel } = declaration
  return {
    method: declaration.method,
    path: declaration.path,
    methods: [declaration.method],
    name: declaration.name,
    includeInSchema: declaration.includeInSchema ?? true,
    security: security && {
      scheme: security.scheme,
      scopes: security.scopes ?? [],
    },
    form,
    jsonBody,
    responseModel,
    endpoint: declaration.endpoint as (input: EndpointInput<unknown, unknown>) => unknown,
  }
}
