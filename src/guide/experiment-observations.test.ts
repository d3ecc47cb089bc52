// The observations of the lessons' experiments, against the lessons' own stand-in apps: the
// request an experiment's steps send completes it, and its near misses do not.
import { describe, expect, it } from 'vitest'
import { send } from '../testing/test-exchange'
import type { Experiment } from '../lessons/experiment'
import { experiments as firstSteps } from '../lessons/first-steps/experiments'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { experiments as basicCheck } from '../lessons/http-basic-auth-check/experiments'
import { createHttpBasicAuthCheckApp } from '../lessons/http-basic-auth-check/http-basic-auth-check-app'
import { experiments as jwt } from '../lessons/oauth2-jwt/experiments'
import { createOAuth2JwtApp } from '../lessons/oauth2-jwt/oauth2-jwt-app'
import { experiments as scopes } from '../lessons/oauth2-scopes/experiments'
import { createOAuth2ScopesApp } from '../lessons/oauth2-scopes/oauth2-scopes-app'
import { experiments as routers } from '../lessons/router-dependencies/experiments'
import { createRouterDependenciesApp } from '../lessons/router-dependencies/router-dependencies-app'
import { SECRET_KEY } from '../lessons/shared/jwt-tutorial'
import { experiments as simple } from '../lessons/simple-oauth2/experiments'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { pyjwtEncode } from '../server/jwt/pyjwt-encode'
import { FIXTURE_TOKENS } from '../testing/fixture-tokens'
import type { Exchange } from '../inspector/exchange'
import { observedExchange } from '../inspector/observed-exchange'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const NEVER_VERIFIED = { verify: () => Promise.reject(new Error('no login in these tests')) }
const services = { passwords: NEVER_VERIFIED, now: () => Date.UTC(2026, 11, 1), release: 'current' as const }

/** The ids of the experiments this exchange completes. */
function completes(list: readonly Experiment[], exchange: Exchange): string[] {
  const observed = observedExchange(exchange)
  if (!observed) throw new Error('the exchange has no answer')
  return list.filter((experiment) => experiment.observation.test(observed)).map((experiment) => experiment.id)
}

describe('first steps', () => {
  const app = createFirstStepsApp(new Set())

  it('tells a missing token, an empty one and a missing slash apart', async () => {
    expect(completes(firstSteps, await send(app, 'GET', '/items/'))).toEqual(['no-token'])
    expect(completes(firstSteps, await send(app, 'GET', '/items/', { headers: { authorization: 'Bearer' } }))).toEqual([
      'empty-bearer',
    ])
    expect(completes(firstSteps, await send(app, 'GET', '/items'))).toEqual(['trailing-slash'])
    expect(completes(firstSteps, await send(app, 'POST', '/token', { headers: FORM, body: 'username=a' }))).toEqual([
      'token-url-not-found',
    ])
  })

  it('counts a token only when the scheme handed over the expected one', async () => {
    const alice = await send(app, 'GET', '/items/', { headers: { authorization: 'Bearer alice' } })
    const bob = await send(app, 'GET', '/items/', { headers: { authorization: 'Bearer bob' } })
    expect(completes(firstSteps, alice)).toEqual(['send-the-token'])
    expect(completes(firstSteps, bob)).toEqual([])
  })
})

describe('simple OAuth2', () => {
  const app = createSimpleOAuth2App()

  it('separates the wrong password, the wrong case and the missing password', async () => {
    const wrong = await send(app, 'POST', '/token', { headers: FORM, body: 'username=johndoe&password=nope' })
    const cased = await send(app, 'POST', '/token', { headers: FORM, body: 'username=JohnDoe&password=secret' })
    const missing = await send(app, 'POST', '/token', { headers: FORM, body: 'username=johndoe' })
    expect(completes(simple, wrong)).toEqual(['wrong-password'])
    expect(completes(simple, cased)).toEqual(['case-sensitive'])
    expect(completes(simple, missing)).toEqual(['no-password'])
  })

  it('tells the app’s 401 from the scheme’s, though their bodies are the same', async () => {
    const nobody = await send(app, 'GET', '/users/me', { headers: { authorization: 'Bearer nobody' } })
    const none = await send(app, 'GET', '/users/me')
    expect(nobody.response?.body).toBe(none.response?.body)
    expect(completes(simple, nobody)).toEqual(['unknown-token'])
    expect(completes(simple, none)).toEqual([])
  })

  it('ticks the disabled user only when get_current_active_user raised', async () => {
    const alice = await send(app, 'GET', '/users/me', { headers: { authorization: 'Bearer alice' } })
    expect(completes(simple, alice)).toEqual(['inactive-user'])
    const steps = alice.response?.record?.steps ?? []
    const withoutRecord = { ...alice, response: alice.response && { ...alice.response, record: undefined } }
    expect(steps.some((step) => step.stage === 'dependency' && step.name === 'get_current_active_user')).toBe(true)
    expect(completes(simple, withoutRecord)).toEqual([])
  })
})

describe('JWT lessons', () => {
  it('tells an expired token from a forged or an unsigned one', async () => {
    const app = createOAuth2JwtApp(new Set(), services)
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    expect(completes(jwt, await send(app, 'GET', '/users/me/', bearer(FIXTURE_TOKENS['john-exp1'])))).toEqual([
      'expire-with-clock',
    ])
    const [header = '', , signature = ''] = FIXTURE_TOKENS['john-exp2100'].split('.')
    const forged = `${header}.${btoa('{"sub":"alice","exp":4102444800}').replace(/=+$/, '')}.${signature}`
    expect(completes(jwt, await send(app, 'GET', '/users/me/', bearer(forged)))).toEqual(['forge-sub'])
    const unsigned = FIXTURE_TOKENS['john-exp2100'].replace(/[^.]+$/, '')
    expect(completes(jwt, await send(app, 'GET', '/users/me/', bearer(unsigned)))).toEqual(['drop-signature'])
  })

  it('tells a missing scope from a forged one', async () => {
    const app = createOAuth2ScopesApp(services)
    const me = await send(app, 'GET', '/users/me/items/', {
      headers: { authorization: `Bearer ${FIXTURE_TOKENS['john-me']}` },
    })
    expect(completes(scopes, me)).toEqual(['not-enough-permissions'])
    const [header = '', , signature = ''] = FIXTURE_TOKENS['john-me'].split('.')
    const forged = `${header}.${btoa('{"sub":"johndoe","scope":"me items"}').replace(/=+$/, '')}.${signature}`
    const sent = await send(app, 'GET', '/users/me/items/', { headers: { authorization: `Bearer ${forged}` } })
    expect(completes(scopes, sent)).toEqual(['forge-scope'])
  })
})

describe('HTTP Basic with a check', () => {
  const app = createHttpBasicAuthCheckApp()
  const basic = (pair: string) => ({ headers: { authorization: `Basic ${btoa(pair)}` } })

  it('tells the wrong password, the wrong case, the right pair and a non-ASCII pair apart', async () => {
    expect(completes(basicCheck, await send(app, 'GET', '/users/me', basic('stanleyjobson:nope')))).toEqual([
      'wrong-password',
    ])
    expect(completes(basicCheck, await send(app, 'GET', '/users/me', basic('StanleyJobson:swordfish')))).toEqual([
      'case-counts',
    ])
    expect(completes(basicCheck, await send(app, 'GET', '/users/me', basic('stanleyjobson:swordfish')))).toEqual([
      'right-pair',
    ])
    expect(completes(basicCheck, await send(app, 'GET', '/users/me', basic('stanleyjobson:swordfis\u00e9')))).toEqual([
      'accent-never-compared',
    ])
    expect(completes(basicCheck, await send(app, 'GET', '/users/me'))).toEqual(['two-different-401s'])
  })
})

describe('router dependencies', () => {
  const app = createRouterDependenciesApp({ ...services, now: () => Date.UTC(2026, 0, 15, 12) })
  const as = async (sub: string, scope: string) => ({
    headers: {
      authorization: `Bearer ${await pyjwtEncode({ sub, scope, exp: Date.UTC(2026, 0, 15, 13) / 1000 }, SECRET_KEY)}`,
    },
  })

  it('ticks each experiment from its own request only', async () => {
    expect(completes(routers, await send(app, 'GET', '/status'))).toEqual(['public-route'])
    expect(completes(routers, await send(app, 'GET', '/items/'))).toEqual(['router-guards-every-route'])
    // Refused by the same router, but not for want of a token: not the experiment's point.
    expect(completes(routers, await send(app, 'GET', '/items/', await as('nobody', '')))).toEqual([])
    expect(completes(routers, await send(app, 'GET', '/users/me', await as('johndoe', '')))).toEqual([
      'one-call-two-askers',
    ])
    expect(completes(routers, await send(app, 'GET', '/users/me', await as('alice', '')))).toEqual([])
    expect(completes(routers, await send(app, 'GET', '/admin/users', await as('johndoe', '')))).toEqual([
      'role-missing',
    ])
    expect(completes(routers, await send(app, 'GET', '/admin/users', await as('alice', '')))).toEqual(['admin-role'])
    expect(completes(routers, await send(app, 'GET', '/admin/reports', await as('alice', '')))).toEqual([
      'scope-missing',
    ])
    expect(completes(routers, await send(app, 'GET', '/admin/reports', await as('johndoe', 'reports')))).toEqual([
      'role-before-scope',
    ])
    expect(completes(routers, await send(app, 'GET', '/admin/reports', await as('johndoe', '')))).toEqual([])
    expect(completes(routers, await send(app, 'GET', '/admin/reports', await as('alice', 'reports')))).toEqual([
      'role-and-scope',
    ])
  })
})
