// The changes since FastAPI 0.92 that the stand-in can answer the old way (`?fastapi=0.92`), one per
// row of docs/fastapi-behaviour.md#what-fastapi-092-did-differently, where each id names its row. The
// code that takes an old branch names the change here, so the inspector can say what is different
// today and since when, instead of guessing from the status code.

export type ReleaseChangeId =
  | 'security-403'
  | 'basic-invalid-credentials'
  | 'tutorial003-invalid-credentials'
  | 'bearer-token-not-stripped'
  | 'grant-type-prefix'
  | 'pydantic-1-errors'
  | 'openapi-3-0-2'
  | 'tutorial007-email-detail'

export interface ReleaseChange {
  /** Also the row's id in docs/fastapi-behaviour.md#what-fastapi-092-did-differently. */
  readonly id: ReleaseChangeId
  /** The first FastAPI release that answers the way it does today. */
  readonly changedIn: string
  /** The pull request that made the change. */
  readonly pr: string
  /** What FastAPI 0.92 does, in a few words. */
  readonly then: string
  /** What today's FastAPI does instead, as the end of "today …". */
  readonly today: string
}

export const RELEASE_CHANGES: Readonly<Record<ReleaseChangeId, ReleaseChange>> = {
  'security-403': {
    id: 'security-403',
    changedIn: '0.122.0',
    pr: '#13786',
    then: 'HTTPBearer refused a request with 403 and no WWW-Authenticate header',
    today: 'it answers 401 “Not authenticated” with WWW-Authenticate: Bearer',
  },
  'basic-invalid-credentials': {
    id: 'basic-invalid-credentials',
    changedIn: '0.122.0',
    pr: '#13786',
    then: 'HTTPBasic called undecodable credentials “Invalid authentication credentials”',
    today: 'it answers 401 “Not authenticated”',
  },
  'tutorial003-invalid-credentials': {
    id: 'tutorial003-invalid-credentials',
    changedIn: '0.122.0',
    pr: '#13786',
    then: 'the tutorial called an unknown token “Invalid authentication credentials”',
    today: 'it answers 401 “Not authenticated”',
  },
  'bearer-token-not-stripped': {
    id: 'bearer-token-not-stripped',
    changedIn: '0.128.1',
    pr: '#14786',
    then: 'the credentials after the scheme kept the whitespace around them',
    today: 'that whitespace is stripped before the credentials are used',
  },
  'grant-type-prefix': {
    id: 'grant-type-prefix',
    changedIn: '0.115.8',
    pr: '#9783',
    then: 'grant_type only had to start with “password”',
    today: 'grant_type must be exactly “password”, or the form gets a 422',
  },
  'pydantic-1-errors': {
    id: 'pydantic-1-errors',
    changedIn: '0.100.0',
    pr: '#9816',
    then: 'the 422 body listed Pydantic 1 errors (loc, msg, type)',
    today: 'the 422 body lists Pydantic 2 errors (type, loc, msg, input, ctx)',
  },
  'openapi-3-0-2': {
    id: 'openapi-3-0-2',
    changedIn: '0.99.0',
    pr: '#9770',
    then: 'the OpenAPI document was version 3.0.2, with Pydantic 1 schemas',
    today: 'the document is OpenAPI 3.1.0, with optional fields as anyOf with null and format: password',
  },
  'tutorial007-email-detail': {
    id: 'tutorial007-email-detail',
    changedIn: '0.109.0',
    pr: '#10649',
    then: 'the tutorial said “Incorrect email or password”',
    today: 'it says “Incorrect username or password”',
  },
}

/** The inspector's mark: "FastAPI 0.122.0 changed this: today it answers 401 … (#13786)". */
export function releaseMark(id: ReleaseChangeId): string {
  const change = RELEASE_CHANGES[id]
  return `FastAPI ${change.changedIn} changed this: today ${change.today} (${change.pr}).`
}
