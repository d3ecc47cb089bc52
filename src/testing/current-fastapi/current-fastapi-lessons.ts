// The seven lessons as the test against today's FastAPI sees them: the stand-in built by the lesson's
// own createApp (no switch, no mistake, today's release, the clock at FROZEN_AT), and the generated
// requests each is checked on, plus those its experiments make.
import type { Lesson } from '../../lessons/lesson'
import { lessons } from '../../lessons/lesson-registry'
import type { FastApiApp } from '../../server/fastapi-app'
import type { PasswordVerifier } from '../../server/passwords/password-verifier'
import { directPasswordVerifier } from '../argon2-direct-verifier'
import type { OracleRequest } from '../fastapi-092-oracle'
import { standInAnswers } from '../fastapi-092-lessons'
import {
  authorizationRequests,
  basicAuthorizations,
  bearerAuthorizations,
  formEncodingRequests,
  routingRequests,
  tokenRequests,
} from '../generated-requests'
import { experimentRequests, swaggerLogin, type SkippedExperiment } from './experiment-requests'
import { ARGON2_LOGIN_CHOICES, jwtRequests, jwtTokens } from './jwt-requests'
import { thirdPartyLoginRequests, thirdPartyServices, THIRD_PARTY_LESSONS } from './third-party-lessons'

/** 15 January 2026, 12:00:00.250 UTC: the fraction makes `exp` land between two whole seconds. */
export const FROZEN_AT = Date.UTC(2026, 0, 15, 12, 0, 0, 250)

export interface LessonPlan {
  readonly lesson: Lesson
  readonly mainPy: URL
  /** Whether the server's clock is frozen at FROZEN_AT: the JWT lessons mint tokens from it. */
  readonly frozen: boolean
  /** A route that answers 401 to a request without credentials. */
  readonly protectedPath: string
  /** What main.py reads from its environment: the identity provider's issuer, for the lesson that has one. */
  serverEnvironment(): Promise<Record<string, string>>
  readonly createApp: () => Promise<FastApiApp>
  /** The generated requests, then each replayed experiment's (ids of those replayed, and of those not). */
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
    case 'http-basic-auth':
    case 'http-basic-auth-check':
      return [...authorizationRequests('/users/me', basicAuthorizations()), ...routingRequests(['/users/me'])]
    case 'third-party-login':
      return thirdPartyLoginRequests(FROZEN_AT)
    default:
      throw new Error(`No generated requests for the lesson ${id}: add them here, so its main.py is checked too.`)
  }
}

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
  'third-party-login': '/users/me',
}

function protectedPathOf(id: string): string {
  const path = PROTECTED_PATHS[id]
  if (path === undefined) throw new Error(`No protected route named for the lesson ${id}.`)
  return path
}

export const LESSON_PLANS: readonly LessonPlan[] = lessons.map((lesson) => ({
  lesson,
  mainPy: new URL(`../../lessons/${lesson.id}/main.py`, import.meta.url),
  frozen: lesson.clock === true,
  protectedPath: protectedPathOf(lesson.id),
  serverEnvironment: async () => (THIRD_PARTY_LESSONS.has(lesson.id) ? (await thirdPartyServices()).environment : {}),
  createApp: async () => {
    const content = await lesson.load()
    const services = { passwords, now: () => FROZEN_AT, release: 'current' as const }
    if (!THIRD_PARTY_LESSONS.has(lesson.id)) return content.createApp(new Set(), services)
    const setting = await thirdPartyServices()
    const app = content.createApp(new Set(), { ...services, ...setting.services })
    setting.serve(app)
    return app
  },
  async buildRequests(app) {
    const document = app.openapi('') as {
      paths?: Record<string, Record<string, { security?: readonly Record<string, unknown>[] }>>
    }
    const operation = (method: string, path: string) => document.paths?.[path]?.[method.toLowerCase()]
    const provider = THIRD_PARTY_LESSONS.has(lesson.id) ? (await thirdPartyServices()).provider(app) : undefined
    const experiments = await experimentRequests(lesson.experiments, {
      standIn: async (request) => {
        const [answer] = await standInAnswers(app, [request])
        if (!answer) throw new Error('the stand-in gave no answer')
        return answer
      },
      secured: (method, path) => operation(method, path)?.security !== undefined,
      schemes: (method, path) => (operation(method, path)?.security ?? []).flatMap((entry) => Object.keys(entry)),
      now: FROZEN_AT,
      ...(provider && { provider }),
    })
    const requests = distinct([
      ...FRAMEWORK_ROUTES,
      ...(await generatedRequests(lesson.id)),
      ...experiments.replayed.flatMap((replay) => replay.requests),
    ])
    return { requests, replayed: experiments.replayed.map(({ id }) => id), skipped: experiments.skipped }
  },
}))
