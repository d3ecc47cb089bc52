// The lessons as the test against today's FastAPI sees them: the stand-in built by the lesson's own
// createApp (no switch, no mistake, today's release, the clock at FROZEN_AT, seeded random ids)
// against its main.py, and once more with each switch that changes main.py into another file
// (`changed-file`) on, against that file; the generated requests each is checked on, plus those its
// experiments make. A stateful lesson's requests are built against a stand-in of their own, each
// sent in its turn, and kept in that order.
import type { Lesson } from '../../lessons/lesson'
import { lessons } from '../../lessons/lesson-registry'
import type { FastApiApp } from '../../server/fastapi-app'
import type { PasswordVerifier } from '../../server/passwords/password-verifier'
import { directPasswordVerifier } from '../argon2-direct-verifier'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'
import { standInAnswers } from '../fastapi-092-lessons'
import {
  apiKeyHeaderRequests,
  authorizationRequests,
  basicAuthorizations,
  bearerAuthorizations,
  digestAuthorizations,
  formEncodingRequests,
  routingRequests,
  tokenRequests,
} from '../generated-requests'
import { cookieRequests } from './cookie-requests'
import { experimentRequests, type SkippedExperiment } from './experiment-requests'
import { operationSchemes, swaggerLogin } from './swagger-ui-requests'
import { ARGON2_LOGIN_CHOICES, jwtRequests, jwtTokens, tokensWithClaims } from './jwt-requests'
import { accessTokenRequests, accessTokens, sessionChains, tokenFormRequests, type Send } from './refresh-requests'
import { seededRandomIds } from './seeded-random-ids'
import { transportFactFor } from './transport-facts'
import { thirdPartyLoginRequests, thirdPartyServices, THIRD_PARTY_LESSONS } from './third-party-lessons'

/** 15 January 2026, 12:00:00.250 UTC: the fraction makes `exp` land between two whole seconds. */
export const FROZEN_AT = Date.UTC(2026, 0, 15, 12, 0, 0, 250)

export interface LessonPlan {
  /** The lesson's id, then `+<switch>` for a switch's file: names the test and the server. */
  readonly id: string
  readonly lesson: Lesson
  /** The switches the stand-in runs with; the server runs the file they change main.py into. */
  readonly switches: ReadonlySet<string>
  /** main.py, or the file a switch runs instead. */
  readonly mainPy: URL
  /** Whether the server's clock is frozen at FROZEN_AT: the JWT lessons mint tokens from it. */
  readonly frozen: boolean
  /**
   * Whether the app keeps state between requests (refresh tokens, a denylist): then its requests go
   * in one fixed order, none left out as a repeat, to a fresh server and a fresh stand-in, and both
   * draw their random ids from the same seeded sequence.
   */
  readonly stateful: boolean
  /** A route that answers 401 to a request without credentials. */
  readonly protectedPath: string
  /** What main.py reads from its environment: the identity provider's issuer, for the lesson that has one. */
  serverEnvironment(): Promise<Record<string, string>>
  /** A fresh stand-in: a new app, whose seeded ids start again from the first. */
  readonly createApp: () => Promise<FastApiApp>
  /**
   * The generated requests, then each replayed experiment's (ids of those replayed, and of those not).
   * A stateful lesson's are built against a fresh stand-in of their own, not `app`.
   */
  buildRequests(
    app: FastApiApp,
  ): Promise<{ requests: OracleRequest[]; replayed: string[]; skipped: SkippedExperiment[] }>
}

/** The document, and the 405s of FastAPI's own routes (their `allow`: see SERVER_ENVIRONMENT). */
const FRAMEWORK_ROUTES: readonly OracleRequest[] = [
  { method: 'GET', path: '/openapi.json' },
  { method: 'HEAD', path: '/openapi.json' },
  { method: 'POST', path: '/openapi.json' },
  { method: 'DELETE', path: '/docs' },
  { method: 'PUT', path: '/docs/oauth2-redirect' },
  { method: 'POST', path: '/redoc' },
]

/** Argon2 gives the same verdict for the same password and hash: each pair is computed once. */
function rememberingVerifier(verifier: PasswordVerifier): PasswordVerifier {
  const verdicts = new Map<string, Promise<boolean>>()
  return {
    verify(password, hash) {
      const key = JSON.stringify([password, hash])
      let verdict = verdicts.get(key)
      if (!verdict) {
        verdict = verifier.verify(password, hash)
        verdicts.set(key, verdict)
      }
      return verdict
    },
  }
}

const passwords = rememberingVerifier(directPasswordVerifier)

async function generatedRequests(id: string): Promise<OracleRequest[]> {
  switch (id) {
    case 'first-steps':
      return [
        ...authorizationRequests('/items/', bearerAuthorizations()),
        ...authorizationRequests('/items', ['Bearer  x']),
        ...tokenRequests('/token').slice(0, 8),
        ...routingRequests(['/items/', '/token']),
      ]
    case 'get-current-user':
      return [...authorizationRequests('/users/me', bearerAuthorizations()), ...routingRequests(['/users/me'])]
    case 'simple-oauth2':
      return [
        ...authorizationRequests('/users/me', bearerAuthorizations()),
        ...tokenRequests('/token'),
        ...tokenRequests('/token/').slice(0, 3),
        ...formEncodingRequests('/token'),
        ...routingRequests(['/users/me', '/token']),
      ]
    case 'oauth2-jwt':
    case 'oauth2-scopes': {
      const paths =
        id === 'oauth2-jwt' ? ['/users/me/', '/users/me/items/'] : ['/users/me/', '/users/me/items/', '/status/']
      const scopes = id === 'oauth2-jwt' ? [] : [['me'], ['items'], ['me', 'items'], ['items', 'me', 'admin']]
      return [
        ...authorizationRequests(paths[0] ?? '/', bearerAuthorizations()),
        ...jwtRequests(paths, await jwtTokens(FROZEN_AT)),
        ...tokenRequests('/token', ARGON2_LOGIN_CHOICES),
        ...scopes.map((granted) => swaggerLogin('johndoe', 'secret', granted)),
        ...routingRequests([...paths, '/token']),
      ]
    }
    case 'router-dependencies': {
      const paths = ['/users/me', '/items/', '/admin/users', '/admin/reports']
      // Roles against scopes: each user with and without "reports", and scope claims of every shape.
      const scoped = await tokensWithClaims(FROZEN_AT, [
        { sub: 'alice', scope: 'reports' },
        { sub: 'johndoe', scope: 'reports' },
        { sub: 'alice', scope: 'me reports' },
        { sub: 'alice', scope: 'reports  me' },
        { sub: 'alice', scope: ' reports' },
        { sub: 'alice', scope: 'Reports' },
        { sub: 'alice', scope: 'reports:read' },
        { sub: 'alice', scope: ['reports'] },
        { sub: 'alice', scope: null },
        { sub: 'alice', scope: 7 },
        { sub: 'alice' },
        { sub: 'johndoe' },
        { sub: 'nobody', scope: 'reports' },
        { sub: 'alice', scope: 'reports', exp: Math.floor(FROZEN_AT / 1000) },
        { sub: 'alice', roles: ['admin'], scope: '' },
        { sub: 'johndoe', roles: ['admin'], scope: 'reports' },
      ])
      return [
        ...authorizationRequests('/items/', bearerAuthorizations()),
        ...jwtRequests(paths, [...(await jwtTokens(FROZEN_AT)), ...scoped]),
        ...tokenRequests('/token', ARGON2_LOGIN_CHOICES),
        ...[['reports'], ['reports', 'admin']].flatMap((granted) => [
          swaggerLogin('johndoe', 'secret', granted),
          swaggerLogin('alice', 'secretalice', granted),
        ]),
        ...routingRequests([...paths, '/status', '/token']),
      ]
    }
    case 'http-basic-auth':
    case 'http-basic-auth-check':
      return [...authorizationRequests('/users/me', basicAuthorizations()), ...routingRequests(['/users/me'])]
    case 'optional-auth':
      return [
        ...authorizationRequests('/greeting', bearerAuthorizations()),
        ...authorizationRequests('/token-readers', bearerAuthorizations()),
        ...apiKeyHeaderRequests(
          '/reports',
          'X-API-Key',
          ['robot-key', '', 'Robot-Key', 'wrong-key', 'robot-key\u00a0', 'robot-key, robot-key', 'robot key'],
          ['Bearer johndoe', 'bearer alice', 'Bearer nobody', 'Bearer', 'Basic am9objpzZWNyZXQ=', 'Bearer  robot-key'],
        ),
        ...authorizationRequests('/digest', digestAuthorizations()),
        ...tokenRequests('/token'),
        ...routingRequests(['/greeting', '/reports', '/token-readers', '/digest', '/token']),
      ]
    case 'refresh-and-logout':
      return [
        ...authorizationRequests('/users/me/', bearerAuthorizations()),
        ...tokenFormRequests(),
        ...formEncodingRequests('/token'),
        ...routingRequests(['/users/me/', '/token', '/logout']),
      ]
    case 'cookie-auth':
      return [
        ...cookieRequests(await jwtTokens(FROZEN_AT)),
        ...tokenRequests('/login', ARGON2_LOGIN_CHOICES),
        ...routingRequests(['/users/me', '/login', '/logout']),
      ]
    case 'third-party-login':
      return thirdPartyLoginRequests(FROZEN_AT)
    default:
      throw new Error(`No generated requests for the lesson ${id}: add them here, so its main.py is checked too.`)
  }
}

/** Requests built from earlier answers, for a stateful lesson: each goes through `send` in its turn. */
async function chainedRequests(id: string, send: Send): Promise<void> {
  switch (id) {
    case 'refresh-and-logout':
      await accessTokenRequests(send, await accessTokens(FROZEN_AT))
      await sessionChains(send)
      return
    default:
      return
  }
}

/** The lessons whose apps keep state between requests. */
const STATEFUL: ReadonlySet<string> = new Set(['refresh-and-logout'])

/**
 * Each request once: the apps keep no state and both clocks stand still, so a repeat (the same login
 * in five experiments) would get the same answer again, at the cost of another Argon2 run.
 */
function distinct(requests: readonly OracleRequest[]): OracleRequest[] {
  const seen = new Set<string>()
  return requests.filter((request) => {
    const key = JSON.stringify([request.method, request.path, request.headers ?? [], request.body ?? null])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const PROTECTED_PATHS: Readonly<Record<string, string>> = {
  'first-steps': '/items/',
  'get-current-user': '/users/me',
  'simple-oauth2': '/users/me',
  'oauth2-jwt': '/users/me/',
  'oauth2-scopes': '/users/me/',
  'http-basic-auth': '/users/me',
  'http-basic-auth-check': '/users/me',
  'optional-auth': '/reports',
  'router-dependencies': '/items/',
  'refresh-and-logout': '/users/me/',
  'cookie-auth': '/users/me',
  'third-party-login': '/users/me',
}

function protectedPathOf(id: string): string {
  const path = PROTECTED_PATHS[id]
  if (path === undefined) throw new Error(`No protected route named for the lesson ${id}.`)
  return path
}

/** The stand-in's answer to one request. */
async function answerOf(app: FastApiApp, request: OracleRequest): Promise<OracleAnswer> {
  const [answer] = await standInAnswers(app, [request])
  if (!answer) throw new Error('the stand-in gave no answer')
  return answer
}

/** main.py, then the file of each switch that changes it into another. */
function pythonFiles(lesson: Lesson): { readonly id: string; readonly file: string; readonly switches: string[] }[] {
  return [
    { id: lesson.id, file: 'main.py', switches: [] },
    ...lesson.switches.flatMap(({ id, inMainPy }) =>
      inMainPy.kind === 'changed-file' ? [{ id: `${lesson.id}+${id}`, file: inMainPy.file, switches: [id] }] : [],
    ),
  ]
}

export const LESSON_PLANS: readonly LessonPlan[] = lessons.flatMap((lesson) =>
  pythonFiles(lesson).map(({ id, file, switches }) => lessonPlan(lesson, id, file, new Set(switches))),
)

function lessonPlan(lesson: Lesson, id: string, file: string, switches: ReadonlySet<string>): LessonPlan {
  const thirdParty = THIRD_PARTY_LESSONS.has(lesson.id)
  const createApp = async () => {
    const content = await lesson.load()
    const services = { passwords, now: () => FROZEN_AT, release: 'current' as const, randomId: seededRandomIds() }
    if (!thirdParty) return content.createApp(switches, services)
    const setting = await thirdPartyServices()
    const app = content.createApp(switches, { ...services, ...setting.services })
    setting.serve(app)
    return app
  }
  const stateful = STATEFUL.has(lesson.id)
  return {
    id,
    lesson,
    switches,
    mainPy: new URL(`../../lessons/${lesson.id}/${file}`, import.meta.url),
    frozen: lesson.clock === true,
    stateful,
    protectedPath: protectedPathOf(lesson.id),
    serverEnvironment: async () => (thirdParty ? (await thirdPartyServices()).environment : {}),
    createApp,
    async buildRequests(given) {
      const app = stateful ? await createApp() : given
      const requests: OracleRequest[] = []
      // In a stateful lesson every request reaches the stand-in in its turn, as it will reach both
      // sides; one that never reaches the server (transport-facts.ts) skips it too, and gets no answer.
      const send: Send = async (request) => {
        requests.push(request)
        if (stateful && transportFactFor(request)) return { status: 0, headers: [], body: '' }
        return answerOf(app, request)
      }
      const generated = [...FRAMEWORK_ROUTES, ...(await generatedRequests(lesson.id))]
      if (stateful) {
        for (const request of generated) await send(request)
        await chainedRequests(lesson.id, send)
      }
      const document = app.openapi('')
      const provider = thirdParty ? (await thirdPartyServices()).provider(app) : undefined
      const experiments = await experimentRequests(lesson.experiments, {
        standIn: stateful ? send : (request) => answerOf(app, request),
        security: (method, path) => operationSchemes(document, method, path),
        now: FROZEN_AT,
        switchesOn: switches,
        // A browser keeps the cookies such an app sets; the test then sends them explicitly to both sides.
        cookies: readsACookie(document),
        ...(provider && { provider }),
      })
      const replayed = experiments.replayed.map(({ id: replayedId }) => replayedId)
      if (stateful) return { requests, replayed, skipped: experiments.skipped }
      const all = distinct([...generated, ...experiments.replayed.flatMap((replay) => replay.requests)])
      return { requests: all, replayed, skipped: experiments.skipped }
    },
  }
}

/** Whether an OpenAPI document lists a scheme that reads a cookie (APIKeyCookie). */
function readsACookie(document: unknown): boolean {
  const { components } = document as { components?: { securitySchemes?: Record<string, { in?: unknown }> } }
  return Object.values(components?.securitySchemes ?? {}).some((scheme) => scheme.in === 'cookie')
}
