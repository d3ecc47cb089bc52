// "Why" along the dependency chain, from the lessons' own apps: which function the scheme handed
// the credentials to, which dependency returned or raised, and that the path function never ran.
import { describe, expect, it } from 'vitest'
import { createHttpBasicAuthCheckApp } from '../lessons/http-basic-auth-check/http-basic-auth-check-app'
import { createOAuth2JwtApp } from '../lessons/oauth2-jwt/oauth2-jwt-app'
import { createOAuth2ScopesApp } from '../lessons/oauth2-scopes/oauth2-scopes-app'
import { createRouterDependenciesApp } from '../lessons/router-dependencies/router-dependencies-app'
import { SECRET_KEY } from '../lessons/shared/jwt-tutorial'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { pyjwtEncode } from '../server/jwt/pyjwt-encode'
import { FIXTURE_TOKENS } from '../testing/fixture-tokens'
import { TEST_ROOT, exchange, recordOf, send } from '../testing/test-exchange'
import { explainExchange } from './explain-exchange'

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
const NEVER_VERIFIED = { verify: () => Promise.reject(new Error('no login in these tests')) }
const services = { passwords: NEVER_VERIFIED, now: () => Date.UTC(2026, 11, 1), release: 'current' as const }

describe('why: simple OAuth2’s dependency chain', () => {
  const app = createSimpleOAuth2App()

  it('a token that names nobody: get_current_user raised, read_users_me never ran', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me', bearer('nobody')))
    expect(explanation.tone).toBe('stop')
    expect(explanation.steps.map((step) => step.text)).toEqual([
      'GET /users/me matched the route of read_users_me().',
      'oauth2_scheme (OAuth2PasswordBearer) found the scheme "Bearer", which is bearer in any case, and handed ' +
        '"nobody" to get_current_user().',
      'get_current_user() raised HTTPException(401, "Not authenticated"): No user is called "nobody". In this ' +
        'app the token must be a username, exactly. get_current_active_user() and read_users_me() never ran.',
    ])
    expect(explanation.summary).toBe(explanation.steps.at(-1)?.text)
  })

  it('an inactive user: get_current_user returned, get_current_active_user raised 400', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me', bearer('alice')))
    expect(explanation.steps.slice(2).map((step) => [step.tone, step.text])).toEqual([
      ['pass', 'get_current_user() returned, and FastAPI handed its value to get_current_active_user().'],
      [
        'stop',
        'get_current_active_user() raised HTTPException(400, "Inactive user"): the token names alice, but alice ' +
          'is disabled. read_users_me() never ran.',
      ],
    ])
  })

  it('a good call: each dependency returned, then the path function', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me', bearer('johndoe')))
    expect(explanation.tone).toBe('pass')
    expect(explanation.steps.slice(1).map((step) => step.text)).toEqual([
      'oauth2_scheme (OAuth2PasswordBearer) found the scheme "Bearer", which is bearer in any case, and handed ' +
        '"johndoe" to get_current_user().',
      'get_current_user() returned, and FastAPI handed its value to get_current_active_user().',
      'get_current_active_user() returned, and FastAPI handed its value to read_users_me().',
      'read_users_me() ran and returned; FastAPI sent its value as JSON with 200 OK.',
    ])
  })

  it('no token: the scheme answered before any of the three functions ran', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me'))
    expect(explanation.summary).toBe(
      'There is no Authorization header, so oauth2_scheme (OAuth2PasswordBearer) answered 401 Not authenticated ' +
        '(WWW-Authenticate: Bearer) before get_current_user(), get_current_active_user() and read_users_me() ran.',
    )
  })
})

describe('why: the JWT lessons', () => {
  const app = createOAuth2JwtApp(new Set(), services)

  it('an expired token: get_current_user raised 401', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me/', bearer(FIXTURE_TOKENS['john-exp1'])))
    expect(explanation.summary).toMatch(
      /^get_current_user\(\) raised HTTPException\(401, "Could not validate credentials"\): the token's exp was .+\. get_current_active_user\(\) and read_users_me\(\) never ran\.$/,
    )
  })

  it('a tampered token: get_current_user raised 401 for the signature', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me/', bearer(FIXTURE_TOKENS['john-wrongkey'])))
    expect(explanation.summary).toBe(
      'get_current_user() raised HTTPException(401, "Could not validate credentials"): the signature does not ' +
        'match: the token was not signed with SECRET_KEY, or was changed after signing. ' +
        'get_current_active_user() and read_users_me() never ran.',
    )
  })

  it('not enough permissions: get_current_user raised with the SecurityScopes it was given', async () => {
    const scoped = createOAuth2ScopesApp(services)
    const explanation = explainExchange(
      await send(scoped, 'GET', '/users/me/items/', bearer(FIXTURE_TOKENS['john-me'])),
    )
    expect(explanation.summary).toBe(
      'get_current_user() (SecurityScopes ["items", "me"]) raised HTTPException(401, "Not enough permissions"): ' +
        'this route requires the scopes "items me"; the token lacks "items" (its scope claim is "me"). ' +
        'get_current_active_user() and read_own_items() never ran.',
    )
  })
})

describe('why: HTTP Basic with a check', () => {
  it('get_current_username raised, so read_current_user never ran', async () => {
    const app = createHttpBasicAuthCheckApp()
    const sent = await send(app, 'GET', '/users/me', { headers: { authorization: `Basic ${btoa('alice:x')}` } })
    const explanation = explainExchange(sent)
    expect(explanation.steps[1]?.text).toBe(
      'security (HTTPBasic) decoded the username "alice" and its password, and handed them to get_current_username().',
    )
    expect(explanation.summary).toMatch(
      /^get_current_username\(\) raised HTTPException\(401, "Incorrect username or password"\): .+ read_current_user\(\) never ran\.$/,
    )
  })
})

describe('why: a dependency listed in dependencies=[…]', () => {
  it('says its value is not used, and names nobody it was handed to', () => {
    const explanation = explainExchange(
      exchange({
        request: { method: 'GET', url: `${TEST_ROOT}items/` },
        response: {
          status: 200,
          record: recordOf(
            [
              {
                stage: 'security',
                scheme: 'OAuth2PasswordBearer',
                result: 'passed',
                sentScheme: 'Bearer',
                credentials: 'x',
                dependency: 'oauth2_scheme',
              },
              { stage: 'dependency', result: 'returned', name: 'verify_key' },
            ],
            200,
          ),
        },
      }),
    )
    expect(explanation.steps.map((step) => step.text)).toEqual([
      'oauth2_scheme (OAuth2PasswordBearer) found the scheme "Bearer", which is bearer in any case, and handed "x" ' +
        'to no function (the route lists it in dependencies=[…], for its check only).',
      'verify_key() returned; the route lists it in dependencies=[…], so FastAPI uses no value of it.',
    ])
  })
})

describe('why: dependencies a router gives its routes', () => {
  const app = createRouterDependenciesApp({ ...services, now: () => Date.UTC(2026, 0, 15, 12) })
  const token = (sub: string, scope: string) =>
    pyjwtEncode({ sub, scope, exp: Date.UTC(2026, 0, 15, 13) / 1000 }, SECRET_KEY)

  it('no token: the scheme answered for the router’s get_current_user, and the Why names the router', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/items/'))
    expect(explanation.summary).toBe(
      'There is no Authorization header, so oauth2_scheme (OAuth2PasswordBearer) answered 401 Not authenticated ' +
        '(WWW-Authenticate: Bearer) before get_current_user() and read_items() ran. get_current_user() is a ' +
        'dependency of the router protected_router: every route of it runs it first.',
    )
  })

  it('a router’s dependency that raised is named with its router, prefix included', async () => {
    const explanation = explainExchange(
      await send(app, 'GET', '/admin/users', bearer(await token('johndoe', 'reports'))),
    )
    expect(explanation.steps.slice(2).map((step) => step.text)).toEqual([
      'get_current_user() (SecurityScopes []) returned; the router protected_router lists it in dependencies=[…], ' +
        'so it runs first for every route of that router, which hands its value to no parameter.',
      'get_current_user() (SecurityScopes []) had already run in this request, so FastAPI handed the same value ' +
        'to require_admin() and did not call it again (use_cache).',
      'require_admin(), a dependency of the router admin_router (prefix /admin), raised HTTPException(403, ' +
        '"Admins only"): johndoe\'s roles in fake_users_db are [], without "admin". A role belongs to the user, ' +
        'not to the token: no scope and no new login changes it. list_users() never ran.',
    ])
  })

  it('a value asked for again is handed on from the cache, to whom it went', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/users/me', bearer(await token('johndoe', ''))))
    expect(explanation.tone).toBe('pass')
    expect(explanation.steps.map((step) => step.text)).toContain(
      'get_current_user() (SecurityScopes []) had already run in this request, so FastAPI handed the same value ' +
        'to read_users_me() and did not call it again (use_cache).',
    )
  })
})
