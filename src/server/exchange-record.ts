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
      /** What the scheme hands to the endpoint: the token, or the Basic username. */
      readonly credentials: string
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
  | { readonly stage: 'endpoint'; readonly result: 'returned'; readonly name: string }
  /** The app raised while being imported: no server is listening. */
  | { readonly stage: 'startup'; readonly result: 'failed'; readonly error: string }
  | {
      readonly stage: 'endpoint'
      readonly result: 'raised'
      readonly name: string
      readonly status: number
      /** Why the tutorial's code raised, in the learner's terms. */
      readonly why: string | undefined
      /** Which of the code's checks raised, as a short code (`jwt-expired`), when it says. */
      readonly check?: string
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
}
