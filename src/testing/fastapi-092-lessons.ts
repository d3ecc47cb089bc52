// The lessons that answer as FastAPI 0.92, with the generated requests each is checked on: shared
// by the agreement test (against the real FastAPI 0.92) and the release-mark test (against today's).
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { createGetCurrentUserApp } from '../lessons/get-current-user/get-current-user-app'
import { createHttpBasicAuthCheckApp } from '../lessons/http-basic-auth-check/http-basic-auth-check-app'
import { createHttpBasicAuthApp } from '../lessons/http-basic-auth/http-basic-auth-app'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { createFastApiApp, type FastApiApp } from '../server/fastapi-app'
import type { FastApiRelease } from '../server/fastapi-release'
import { depends, schemeDependency } from '../server/dependencies'
import { defineRoute } from '../server/route'
import { httpBearer } from '../server/security/http-bearer'
import { createTestClient } from './test-client'
import type { ExchangeRecord } from '../server/exchange-record'
import type { OracleAnswer, OracleRequest } from './fastapi-092-oracle'
import {
  authorizationRequests,
  basicAuthorizations,
  bearerAuthorizations,
  formEncodingRequests,
  routingRequests,
  tokenRequests,
} from './generated-requests'

export interface LessonUnderTest {
  readonly id: string
  /** The Python app, relative to src/; the lesson's main_depends.py when not given. */
  readonly pythonApp?: string
  readonly createApp: (release: FastApiRelease) => FastApiApp
  /**
   * The tutorial as FastAPI 0.92's docs shipped it differs from today's main_depends.py only in
   * these strings (rows `tutorial003-invalid-credentials` and `tutorial007-email-detail` of
   * docs/fastapi-behaviour.md#what-fastapi-092-did-differently).
   */
  readonly replacements?: readonly (readonly [string, string])[]
  readonly requests: readonly OracleRequest[]
  /**
   * Bodies at the edges of the form parsers, sent to the real FastAPI 0.92 too but not to the
   * release-mark test: where their answers differ from today's, python-multipart (0.0.5 then) and
   * Starlette (0.26 then) changed, not FastAPI, and the catalog marks FastAPI's changes only.
   */
  readonly parserRequests?: readonly OracleRequest[]
}

const OPENAPI: readonly OracleRequest[] = [
  { method: 'GET', path: '/openapi.json' },
  { method: 'HEAD', path: '/openapi.json' },
]

export const LESSONS_092: readonly LessonUnderTest[] = [
  {
    id: 'first-steps',
    createApp: (release) => createFirstStepsApp(new Set(), release),
    requests: [
      ...OPENAPI,
      ...authorizationRequests('/items/', bearerAuthorizations()),
      ...authorizationRequests('/items', ['Bearer  x']),
      ...routingRequests(['/items/', '/token']),
    ],
  },
  {
    id: 'get-current-user',
    createApp: (release) => createGetCurrentUserApp(new Set(), release),
    requests: [
      ...OPENAPI,
      ...authorizationRequests('/users/me', bearerAuthorizations()),
      ...routingRequests(['/users/me']),
    ],
  },
  {
    id: 'simple-oauth2',
    createApp: (release) => createSimpleOAuth2App(new Set(), release),
    replacements: [['detail="Not authenticated"', 'detail="Invalid authentication credentials"']],
    requests: [
      ...OPENAPI,
      ...authorizationRequests('/users/me', bearerAuthorizations()),
      ...tokenRequests('/token'),
      ...tokenRequests('/token/').slice(0, 3),
      ...routingRequests(['/users/me', '/token']),
    ],
    parserRequests: formEncodingRequests('/token'),
  },
  {
    id: 'http-basic-auth',
    createApp: (release) => createHttpBasicAuthApp(release),
    requests: [
      ...OPENAPI,
      ...authorizationRequests('/users/me', basicAuthorizations()),
      ...routingRequests(['/users/me']),
    ],
  },
  {
    id: 'http-basic-auth-check',
    createApp: (release) => createHttpBasicAuthCheckApp(release),
    replacements: [['detail="Incorrect username or password"', 'detail="Incorrect email or password"']],
    requests: [
      ...OPENAPI,
      ...authorizationRequests('/users/me', basicAuthorizations()),
      ...routingRequests(['/users/me']),
    ],
  },
]

/**
 * The same app as src/testing/http-bearer-app.py: HTTPBearer, which no tutorial uses (row
 * `security-403` of docs/fastapi-behaviour.md#what-fastapi-092-did-differently).
 */
const readCurrentUserWithBearer = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_current_user',
  params: { credentials: depends(schemeDependency('security', httpBearer())) },
  endpoint: ({ params: { credentials } }) => ({ scheme: credentials.scheme, credentials: credentials.credentials }),
})

/** The lessons, then an app for what they do not use. */
export const APPS_092: readonly LessonUnderTest[] = [
  ...LESSONS_092,
  {
    id: 'http-bearer',
    pythonApp: 'testing/http-bearer-app.py',
    createApp: (release) => createFastApiApp([readCurrentUserWithBearer], { release }),
    requests: [
      ...OPENAPI,
      ...authorizationRequests('/users/me', bearerAuthorizations()),
      ...routingRequests(['/users/me']),
    ],
  },
]

/**
 * The headers answers are compared on; server and date are the server's own business. cache-control
 * and pragma: the no-store of a spec-exact token endpoint (main_spec_exact.py). set-cookie: the
 * cookie lesson's login and logout.
 */
const COMPARED_HEADERS = [
  'www-authenticate',
  'allow',
  'location',
  'content-type',
  'content-length',
  'cache-control',
  'pragma',
  'set-cookie',
]

/** What is compared of one answer: the status, those headers, the body, one string each. */
export function comparable(answer: OracleAnswer | undefined): string[] {
  if (!answer) return ['(no answer)']
  const headers = answer.headers
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => COMPARED_HEADERS.includes(name))
    .sort(([a], [b]) => a.localeCompare(b))
  return [String(answer.status), ...headers.map(([name, value]) => `${name}: ${value}`), answer.body]
}

export interface StandInAnswer extends OracleAnswer {
  readonly record: ExchangeRecord
}

/** The stand-in's answers to the same requests, redirects not followed. */
export async function standInAnswers(app: FastApiApp, requests: readonly OracleRequest[]): Promise<StandInAnswer[]> {
  const client = createTestClient(app)
  const answers: StandInAnswer[] = []
  for (const request of requests) {
    const response = await client.request(request.method, request.path, {
      headers: Object.fromEntries(request.headers ?? []),
      ...(request.body === undefined ? {} : { body: request.body }),
      followRedirects: false,
    })
    answers.push({
      status: response.status,
      headers: [...response.headers],
      body: response.text,
      record: response.record,
    })
  }
  return answers
}

export function describeRequest(request: OracleRequest): string {
  return `${request.method} ${request.path} ${JSON.stringify(request.headers ?? [])} ${request.body ?? ''}`.trim()
}
