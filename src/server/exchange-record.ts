// The stand-in's account of why it answered as it did: one record per request, kept beside the
// HTTP exchange and never sent in it. The traffic inspector explains responses from these steps.
import type { JsonBodyError } from './bodies/json-body'
import type { CookieChange, StoredCookie } from './cookie-jar'
import type { FastApiRelease } from './fastapi-release'
import type { JsonObject, JsonValue } from './json'
import type { ReleaseChangeId } from './release-changes'
import type { ValidationErrorEntry } from './validation-error'

export interface RouteRef {
  readonly method: string
  readonly path: string
  /** The Python function that FastAPI would call. */
  readonly name: string
}

export type SecurityRejection =
  | 'no-authorization-header'
  | 'wrong-scheme'
  /** HTTPBearer: nothing after the scheme. */
  | 'no-credentials'
  | 'invalid-base64'
  | 'not-ascii'
  | 'no-colon'
  /** An API key class: no such header, query parameter or cookie, or an empty one. */
  | 'no-api-key'

/** Where an API key class (APIKeyHeader, APIKeyQuery, APIKeyCookie) looks for its key. */
export interface ApiKeyLocation {
  readonly in: 'header' | 'query' | 'cookie'
  /** The header, query parameter or cookie name, as the app declares it. */
  readonly name: string
}

/**
 * A dependency that an APIRouter lists in its `dependencies=[…]`, which FastAPI runs for every route
 * of that router (and of the routers it includes).
 */
export interface RouterDependency {
  /** The router as main.py names it, e.g. `protected_router`. */
  readonly router: string
  /** The router's own prefix, e.g. `/admin`; '' when it has none. */
  readonly prefix: string
  /** The dependency it lists, e.g. `get_current_user`. */
  readonly dependency: string
}

/**
 * A value as main.py's own Pydantic model builds it, `User(username="alice", …)`: what a test can
 * put in place of a dependency with `app.dependency_overrides`.
 */
export interface ModelValue {
  /** The class name in main.py, e.g. `User`. */
  readonly model: string
  readonly fields: JsonObject
}

/**
 * A dependency or the path function raised an HTTPException, or an exception of the app's own that
 * one of its exception handlers answered: what the record keeps of it.
 */
export interface RaisedHttpException {
  readonly result: 'raised'
  /** The Python function that raised. */
  readonly name: string
  readonly status: number
  /** The HTTPException's detail, when it is a string. */
  readonly detail?: string
  /** Why the tutorial's code raised, in the learner's terms. */
  readonly why: string | undefined
  /** Which of the code's checks raised, as a short code (`jwt-expired`), when it says. */
  readonly check?: string
  /** Set when it was not an HTTPException but the app's own exception, answered by its own handler. */
  readonly exception?: AppExceptionRecord
}

/** `TokenError("invalid_grant", "…")`, answered by the app's `token_error_handler`. */
export interface AppExceptionRecord {
  readonly pythonClass: string
  readonly args: readonly string[]
  readonly handler: string
}

/** The app's RequestValidationError handler answered instead of FastAPI's 422. */
export interface HandledValidation {
  readonly handler: string
  readonly status: number
  /** Why it answered so, in the learner's terms. */
  readonly why: string
}

export type DecisionStep =
  | { readonly stage: 'routing'; readonly result: 'matched'; readonly route: RouteRef }
  | { readonly stage: 'routing'; readonly result: 'not-found'; readonly path: string }
  | {
      readonly stage: 'routing'
      readonly result: 'method-not-allowed'
      readonly path: string
      readonly method: string
      readonly allow: readonly string[]
    }
  | {
      readonly stage: 'routing'
      readonly result: 'redirect-slashes'
      readonly path: string
      readonly redirectPath: string
      readonly location: string
    }
  | {
      readonly stage: 'security'
      readonly scheme: string
      readonly result: 'passed'
      /** The scheme word the client sent, as sent (`bearer`, `Basic`, …); empty for an API key. */
      readonly sentScheme: string
      /** What the scheme hands on: the token, the Basic username, or the API key. */
      readonly credentials: string
      /** The scheme instance as main.py names it (`oauth2_scheme`), when the route declares it as a dependency. */
      readonly dependency?: string
      /** The function whose parameter it filled; absent for one listed in a route's `dependencies=[…]`. */
      readonly handedTo?: string
      readonly apiKey?: ApiKeyLocation
      /** Set when it ran for a dependency of a router: that dependency, or one of its own. */
      readonly forRouter?: RouterDependency
    }
  | {
      /** `auto_error=False`: nothing usable arrived, so the scheme handed on None instead of answering 401. */
      readonly stage: 'security'
      readonly scheme: string
      readonly result: 'none'
      /** What a 401 would have been for. */
      readonly reason: SecurityRejection
      readonly sentScheme: string | null
      readonly dependency?: string
      readonly handedTo?: string
      readonly apiKey?: ApiKeyLocation
      readonly forRouter?: RouterDependency
    }
  | {
      readonly stage: 'security'
      readonly scheme: string
      readonly result: 'rejected'
      readonly reason: SecurityRejection
      readonly sentScheme: string | null
      /** The answer's status and detail; 401 "Not authenticated" when absent. */
      readonly status?: number
      readonly detail?: string
      readonly dependency?: string
      /** The functions that were waiting for its value and so never ran, innermost first. */
      readonly neverRan?: readonly string[]
      readonly apiKey?: ApiKeyLocation
      readonly forRouter?: RouterDependency
    }
  | { readonly stage: 'body'; readonly result: 'unparsable'; readonly contentType: string | null }
  | {
      readonly stage: 'validation'
      readonly result: 'passed' | 'failed'
      readonly contentType: string | null
      /** Whether Starlette read the body as a form (FastAPI 0.92's did not read `Multipart/Form-Data; …`). */
      readonly readAsForm?: boolean
      readonly fields: Readonly<Record<string, string>>
      readonly errors: readonly ValidationErrorEntry[]
      readonly handledBy?: HandledValidation
    }
  | {
      /** A Pydantic model body, read as JSON and validated. */
      readonly stage: 'json-body'
      readonly result: 'passed' | 'failed' | 'invalid-json' | 'undecodable'
      readonly contentType: string | null
      readonly model: string
      readonly errors: readonly JsonBodyError[]
      readonly handledBy?: HandledValidation
    }
  /** A dependency function (`get_current_user`) returned, in the order FastAPI called it. */
  | {
      readonly stage: 'dependency'
      readonly result: 'returned'
      readonly name: string
      /** The function whose parameter its value filled; absent for one listed in `dependencies=[…]`. */
      readonly handedTo?: string
      /** What its SecurityScopes held, when it takes one. */
      readonly securityScopes?: readonly string[]
      readonly forRouter?: RouterDependency
      /** What it returned, when its declaration says how main.py's models write it (without secrets). */
      readonly returnedAs?: ModelValue
    }
  /**
   * Asked for again in the same request (`use_cache`): FastAPI handed on the value it already had,
   * without calling the function again.
   */
  | {
      readonly stage: 'dependency'
      readonly result: 'reused'
      readonly name: string
      readonly handedTo?: string
      readonly securityScopes?: readonly string[]
      readonly forRouter?: RouterDependency
    }
  | (RaisedHttpException & {
      readonly stage: 'dependency'
      readonly securityScopes?: readonly string[]
      readonly forRouter?: RouterDependency
      /** The functions that were waiting for its value and so never ran, innermost first: the path function last. */
      readonly neverRan: readonly string[]
    })
  /** The path function ran: only when every dependency returned. */
  | { readonly stage: 'endpoint'; readonly result: 'returned'; readonly name: string }
  /**
   * Not FastAPI: the playground's stand-in for an outside identity provider answered (its
   * discovery document, its keys, its login page, its token endpoint).
   */
  | {
      readonly stage: 'identity-provider'
      readonly endpoint: 'discovery' | 'jwks' | 'authorize' | 'token' | 'page'
      readonly result: 'answered' | 'refused'
      /** What it did, or why it refused, as a sentence. */
      readonly why: string
      /** A short code for the experiments, e.g. `code-replayed`. */
      readonly check?: string
    }
  /** The app raised while being imported: no server is listening. */
  | { readonly stage: 'startup'; readonly result: 'failed'; readonly error: string }
  | (RaisedHttpException & { readonly stage: 'endpoint' })

/** One entry of a dict that main.py keeps at module level, as a request found it. */
export interface RememberedEntry {
  /** The dict's name in main.py, e.g. `refresh_tokens`. */
  readonly dict: string
  readonly key: string
  readonly value: JsonValue
}

/** A cookie the jar held earlier and no longer holds, and how it left. */
export type DepartedCookie = { readonly name: string; readonly path: string; readonly at: number } & (
  | { readonly how: 'expired' }
  /** A Set-Cookie line in the past (Starlette's delete_cookie) removed it: on the answer to this request. */
  | { readonly how: 'removed'; readonly by: { readonly method: string; readonly path: string } }
)

/** What the playground's cookie jar, playing the browser's part, did around one exchange. */
export interface CookieJarRecord {
  /** The jar's clock (the lesson clock) when the request left, in milliseconds since the epoch. */
  readonly at: number
  /** The jar's clock when the answer's Set-Cookie lines were read. */
  readonly answeredAt: number
  /** The Cookie header the jar added, as a browser adds it; null when no cookie applied. */
  readonly sent: string | null
  /** The request asked for no cookies (`credentials: "omit"`): the jar neither sent nor stored any. */
  readonly omitted: boolean
  /** Cookies for this request's path that the jar held earlier and no longer does, and why each went. */
  readonly departed: readonly DepartedCookie[]
  /** What each of the answer's Set-Cookie lines did to the jar, in order. */
  readonly changes: readonly CookieChange[]
  /** Every cookie in the jar once the answer was read. */
  readonly after: readonly StoredCookie[]
}

export interface ExchangeRecord {
  readonly method: string
  /** The path as FastAPI sees it, below the root path. */
  readonly path: string
  readonly rootPath: string
  readonly status: number
  readonly steps: readonly DecisionStep[]
  /** The FastAPI the stand-in answered as; today's when absent. */
  readonly release?: FastApiRelease
  /**
   * The changes since that release that make this answer differ from today's FastAPI's, in the
   * order the request met them; empty or absent when today's FastAPI would answer the same.
   */
  readonly releaseChanges?: readonly ReleaseChangeId[]
  /**
   * A stateful app answers by what earlier requests left in its memory: the entries this answer
   * found there (a refresh token on record, a revoked jti). A TestClient test of main.py puts them
   * back first. Absent for an app that keeps no state.
   */
  readonly remembered?: readonly RememberedEntry[]
  /**
   * The `Set-Cookie` lines of the answer, in order. They travel here, beside the Response: a browser
   * drops Set-Cookie from any Response a script builds (a forbidden response header name).
   */
  readonly setCookie?: readonly string[]
  /** What the playground's cookie jar, playing the browser, did around this exchange. */
  readonly cookieJar?: CookieJarRecord
}
