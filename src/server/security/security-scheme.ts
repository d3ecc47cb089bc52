// What a FastAPI security class is to the stand-in: it reads the request, hands credentials to the
// endpoint (or, with auto_error=False, None) or answers 401, and describes itself in the OpenAPI
// document.
import type { HTTPException } from '../http-exception'
import type { ApiKeyLocation, SecurityRejection } from '../exchange-record'
import type { FastApiRelease } from '../fastapi-release'
import type { JsonObject } from '../json'
import type { ReleaseChangeId } from '../release-changes'

/** What a security class reads of the request: Starlette's HTTPConnection, without the body. */
export interface HttpConnection {
  readonly headers: Headers
  /** The whole URL the request was sent to, its query string included. */
  readonly url: string
}

export type SecurityOutcome<C> = (
  | {
      readonly ok: true
      readonly credentials: C
      readonly sentScheme: string
      /** The credentials as the inspector should show them (a token, a username, a key). */
      readonly shown: string
      readonly none?: undefined
    }
  | {
      /** `auto_error=False`: nothing usable arrived, and the class hands on None instead of answering 401. */
      readonly ok: true
      readonly credentials: null
      /** What was missing or wrong, as a 401 would have said it. */
      readonly none: SecurityRejection
      readonly sentScheme: string | null
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
  /** Where an API key class looks for its key; the other classes read the Authorization header. */
  readonly apiKey?: ApiKeyLocation
  /** `release` is the FastAPI the stand-in answers as; today's when not given. */
  authenticate(connection: HttpConnection, release?: FastApiRelease): SecurityOutcome<C>
}

/** What every class hands on instead of its 401 when `auto_error=False`. */
export function handNone(none: SecurityRejection, sentScheme: string | null): SecurityOutcome<never> {
  return { ok: true, credentials: null, none, sentScheme }
}
