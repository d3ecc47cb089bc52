// What a FastAPI security class is to the stand-in: it reads the request, hands credentials to the
// endpoint or answers 401, and describes itself in the OpenAPI document.
import type { HTTPException } from '../http-exception'
import type { SecurityRejection } from '../exchange-record'
import type { JsonObject } from '../json'

export type SecurityOutcome<C> =
  | {
      readonly ok: true
      readonly credentials: C
      readonly sentScheme: string
      /** The credentials as the inspector should show them (a token, a username). */
      readonly shown: string
    }
  | {
      readonly ok: false
      readonly reason: SecurityRejection
      readonly sentScheme: string | null
      readonly exception: HTTPException
    }

export interface SecurityScheme<C> {
  /** The OpenAPI scheme name: FastAPI uses the class name. */
  readonly name: string
  readonly openapi: JsonObject
  authenticate(headers: Headers): SecurityOutcome<C>
}
