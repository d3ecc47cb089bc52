// One declaration per endpoint, in the spirit of FastAPI's path operation decorators. The app
// runs it (dependencies, form, endpoint) and the OpenAPI generator documents it from the same object.
import type { JsonBodyModel } from './bodies/json-body'
import type { FastApiRelease } from './fastapi-release'
import type { FormModel } from './forms/form-model'
import type { JsonObject } from './json'
import { routeDependant, type Dependant, type DependsParam, type Params, type ParamValues } from './dependencies'
import type { SubResponse } from './sub-response'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A Pydantic model used as a return type: its schema, and how it filters what the endpoint returned. */
export interface ResponseModel<T> {
  readonly name: string
  readonly schema: JsonObject
  serialize(value: T): unknown
}

export interface EndpointInput<V, F, B = unknown> {
  /** The values of its Depends and Security parameters (and SecurityScopes), by their Python names. */
  readonly params: V
  readonly form: F
  /** The validated JSON body, for a route that declares a Pydantic model body. */
  readonly body: B
  readonly request: Request
  /** The FastAPI the app answers as, for a tutorial whose own code said something else then. */
  readonly release: FastApiRelease
  /**
   * FastAPI's `response: Response` parameter: headers and cookies set here go out with the value
   * the path function returns (not with an error it raises).
   */
  readonly response: SubResponse
}

export interface RouteDeclaration<P extends Params, F, T, B = undefined> {
  readonly method: HttpMethod
  readonly path: string
  /** The Python function name: it names the operation (summary and operationId). */
  readonly name: string
  /**
   * The path function's parameters that FastAPI solves, by their Python names in declaration order:
   * `{ current_user: depends(getCurrentActiveUser) }` for `current_user: Annotated[User, Depends(…)]`.
   */
  readonly params?: P
  /** `dependencies=[Depends(…)]`: solved before the parameters, for their effect; their values are not used. */
  readonly dependencies?: readonly DependsParam<unknown>[]
  readonly form?: FormModel<F>
  /** A Pydantic model parameter: the body is read as JSON. A route has a form or this, not both. */
  readonly jsonBody?: JsonBodyModel<B>
  readonly responseModel?: ResponseModel<T>
  /** `include_in_schema=False` hides a route from the OpenAPI document, as in FastAPI. */
  readonly includeInSchema?: boolean
  readonly endpoint: (input: EndpointInput<ParamValues<P>, F, B>) => T | Promise<T>
}

/** A declared route with its types erased, so that routes of any shape share one table. */
export interface ApiRoute {
  readonly method: HttpMethod
  readonly path: string
  readonly methods: readonly string[]
  readonly name: string
  readonly includeInSchema: boolean
  /** Its dependency tree: what the handler solves, and where the operation's `security` comes from. */
  readonly dependant: Dependant
  readonly form: FormModel<unknown> | undefined
  readonly jsonBody: JsonBodyModel<unknown> | undefined
  readonly responseModel: ResponseModel<unknown> | undefined
  readonly endpoint: (input: EndpointInput<Readonly<Record<string, unknown>>, unknown>) => unknown
}

/** A route without Depends parameters. */
type NoParams = Readonly<Record<string, never>>

export function defineRoute<P extends Params = NoParams, F = undefined, T = unknown, B = undefined>(
  declaration: RouteDeclaration<P, F, T, B>,
): ApiRoute {
  const { form, jsonBody, responseModel } = declaration
  return {
    method: declaration.method,
    path: declaration.path,
    methods: [declaration.method],
    name: declaration.name,
    includeInSchema: declaration.includeInSchema ?? true,
    dependant: routeDependant(declaration.name, declaration.params ?? {}, declaration.dependencies),
    form,
    jsonBody,
    responseModel,
    endpoint: declaration.endpoint as unknown as ApiRoute['endpoint'],
  }
}
