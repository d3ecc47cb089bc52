// What a FastAPI security class is to the stand-in: it reads the request, hands credentials to the
// endpoint or answers 401, and describes itself in the OpenAPI document.
import type { HTTPException } from '../http-exception'
import type { SecurityRejection } from '../exchange-record'
import type { FastApiRelease } from '../fastapi-release'
import type { JsonObject } from '../json'
import type { ReleaseChangeId } from '../release-changes'

export type SecurityOutcome<C> = (
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
) & {
  /** The changes since the release asked for that make this outcome differ from today's. */
  readonly releaseChanges?: readonly ReleaseChangeId[]
}

export interface SecurityScheme<C> {
  /** The OpenAPI scheme name: FastAPI uses the class name. */
  readonly name: string
  readonly openapi: JsonObject
  /** `release` is the FastAPI the stand-in answers as; today's when not given. */
  authenticate(headers: Headers, release?: FastApiRelease): SecurityOutcome<C>
}
