// The stand-in's account of why it answered as it did: one record per request, kept beside the
// HTTP exchange and never sent in it. The traffic inspector explains responses from these steps.
import type { JsonBodyError } from './bodies/json-body'
import type { FastApiRelease } from './fastapi-release'
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

/** A dependency or the path function raised an HTTPException: what the record keeps of it. */
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
      /** The scheme word the client sent, as sent (`bearer`, `Basic`, …). */
      readonly sentScheme: string
      /** What the scheme hands on: the token, or the Basic username. */
      readonly credentials: string
      /** The scheme instance as main.py names it (`oauth2_scheme`), when the route declares it as a dependency. */
      readonly dependency?: string
      /** The function whose parameter it filled; absent for one listed in a route's `dependencies=[…]`. */
      readonly handedTo?: string
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
    }
  | { readonly stage: 'body'; readonly result: 'unparsable'; readonly contentType: string | null }
  | {
      readonly stage: 'validation'
      readonly result: 'passed' | 'failed'
      readonly contentType: string | null
      readonly fields: Readonly<Record<string, string>>
      readonly errors: readonly ValidationErrorEntry[]
    }
  | {
      /** A Pydantic model body, read as JSON and validated. */
      readonly stage: 'json-body'
      readonly result: 'passed' | 'failed' | 'invalid-json' | 'undecodable'
      readonly contentType: string | null
      readonly model: string
      readonly errors: readonly JsonBodyError[]
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
    }
  | (RaisedHttpException & {
      readonly stage: 'dependency'
      readonly securityScopes?: readonly string[]
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
}
