import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { explainExchange } from './explain-exchange'
import { TEST_ROOT, exchange, recordOf, send } from '../testing/test-exchange'

const tutorial = createFirstStepsApp(new Set())
const FORM = 'application/x-www-form-urlencoded'
const swaggerLogin = (body: string) => ({
  headers: { authorization: 'Basic Og==', 'content-type': FORM, 'x-requested-with': 'XMLHttpRequest' },
  body,
})

describe('why FastAPI answered: the security scheme', () => {
  it('no Authorization header: 401 from oauth2_scheme before read_items ran', async () => {
    const explanation = explainExchange(await send(tutorial, 'GET', '/items/'))
    expect(explanation.tone).toBe('stop')
    expect(explanation.summary).toBe(
      'There is no Authorization header, so oauth2_scheme (OAuth2PasswordBearer) answered 401 Not authenticated ' +
        '(WWW-Authenticate: Bearer) before read_items() ran.',
    )
    expect(explanation.steps.map((step) => step.tone)).toEqual(['pass', 'stop'])
    expect(explanation.steps[0]?.text).toBe('GET /items/ matched the route of read_items().')
  })

  it('scheme Basic is not bearer', async () => {
    const explanation = explainExchange(
      await send(tutorial, 'GET', '/items/', { headers: { authorization: 'Basic abc' } }),
    )
    expect(explanation.summary).toMatch(
      /^The scheme is "Basic", not bearer \(compared case-insensitively\), so oauth2_scheme \(OAuth2PasswordBearer\) answered 401/,
    )
  })

  it('a tab is not the separator FastAPI splits at', async () => {
    const explanation = explainExchange(
      await send(tutorial, 'GET', '/items/', { headers: { authorization: 'Bearer\ttesttoken' } }),
    )
    expect(explanation.summary).toMatch(/first plain space only, and a tab is not one/)
  })

  it('a token glued to the scheme makes the whole value the scheme', async () => {
    const explanation = explainExchange(
      await send(tutorial, 'GET', '/items/', { headers: { authorization: 'Bearertesttoken' } }),
    )
    expect(explanation.summary).toMatch(/^"Bearertesttoken" has no space after the scheme/)
  })

  it('a bearer token in any case passes and reaches the endpoint, which returns', async () => {
    const explanation = explainExchange(
      await send(tutorial, 'GET', '/items/', { headers: { authorization: 'bearer alice' } }),
    )
    expect(explanation.tone).toBe('pass')
    expect(explanation.steps.map((step) => step.text)).toEqual([
      'GET /items/ matched the route of read_items().',
      'oauth2_scheme (OAuth2PasswordBearer) found the scheme "bearer", which is bearer in any case, and handed "alice" to read_items().',
      'read_items() ran and returned; FastAPI sent its value as JSON with 200 OK.',
    ])
  })

  it('an empty bearer token still passes, which surprises people', async () => {
    const explanation = explainExchange(
      await send(tutorial, 'GET', '/items/', { headers: { authorization: 'Bearer' } }),
    )
    expect(explanation.steps[1]?.text).toMatch(/handed an empty token/)
  })
})

describe('why FastAPI answered: routing', () => {
  it('a missing trailing slash: 307 before security, followed by the browser', async () => {
    const explanation = explainExchange(await send(tutorial, 'GET', '/items?x=1'))
    expect(explanation.tone).toBe('info')
    expect(explanation.summary).toContain(`307 with location: ${TEST_ROOT}items/?x=1`)
    expect(explanation.summary).toContain('carries no www-authenticate')
  })

  it('a wrong method: 405 with allow, before security', async () => {
    const explanation = explainExchange(await send(tutorial, 'POST', '/items/'))
    expect(explanation.summary).toBe(
      '/items/ is a route, but not for POST: the router answered 405 Method Not Allowed with allow: GET, ' +
        'before any security check or endpoint ran.',
    )
  })

  it('no token route: 404, and Swagger UI shows only Not Found', async () => {
    const explanation = explainExchange(
      await send(tutorial, 'POST', '/token', swaggerLogin('grant_type=password&username=alice&password=secret')),
    )
    expect(explanation.summary).toMatch(/^No route has the path \/token, .* so the router answered 404 Not Found/)
    expect(explanation.notes.join('\n')).toContain('FastAPI said: "Not Found"')
  })

  it('the OpenAPI document: served by FastAPI from the routes', async () => {
    const explanation = explainExchange(await send(tutorial, 'GET', '/openapi.json'))
    expect(explanation.summary).toBe('FastAPI served the OpenAPI document it generates from the app’s routes.')
  })
})

describe('why FastAPI answered: the endpoint', () => {
  const matched = {
    stage: 'routing',
    result: 'matched',
    route: { method: 'POST', path: '/token', name: 'login' },
  } as const

  it('400 from the token endpoint: Swagger UI shows only Bad Request, here is FastAPI’s detail', () => {
    const explanation = explainExchange(
      exchange({
        request: {
          method: 'POST',
          url: `${TEST_ROOT}token`,
          headers: [
            ['content-type', FORM],
            ['x-requested-with', 'XMLHttpRequest'],
          ],
          body: 'username=a&password=b',
        },
        response: {
          status: 400,
          statusText: 'Bad Request',
          body: '{"detail":"Incorrect username or password"}',
          record: recordOf(
            [
              matched,
              { stage: 'endpoint', result: 'raised', name: 'login', status: 400, why: 'no user is called "a"' },
            ],
            400,
            '/token',
          ),
        },
      }),
    )
    expect(explanation.summary).toBe('login() raised HTTPException(400): no user is called "a".')
    expect(explanation.notes).toEqual([
      'Swagger UI’s dialog shows only “Error: Bad Request” for this answer and never FastAPI’s detail. ' +
        'FastAPI said: "Incorrect username or password"',
    ])
  })

  it('carries the endpoint’s own reason, e.g. an expired token', () => {
    const explanation = explainExchange(
      exchange({
        request: { method: 'GET', url: `${TEST_ROOT}users/me/` },
        response: {
          status: 401,
          record: recordOf(
            [
              {
                stage: 'routing',
                result: 'matched',
                route: { method: 'GET', path: '/users/me/', name: 'read_users_me' },
              },
              {
                stage: 'security',
                scheme: 'OAuth2PasswordBearer',
                result: 'passed',
                sentScheme: 'Bearer',
                credentials: 'x',
              },
              {
                stage: 'endpoint',
                result: 'raised',
                name: 'get_current_user',
                status: 401,
                why: 'the token expired 3 minutes ago',
              },
            ],
            401,
          ),
        },
      }),
    )
    expect(explanation.summary).toBe('get_current_user() raised HTTPException(401): the token expired 3 minutes ago.')
  })

  it('does not end a reason that is already a full sentence twice', () => {
    const explanation = explainExchange(
      exchange({
        request: { method: 'GET', url: `${TEST_ROOT}users/me` },
        response: {
          status: 400,
          record: recordOf(
            [{ stage: 'endpoint', result: 'raised', name: 'read_users_me', status: 400, why: 'Alice is disabled.' }],
            400,
          ),
        },
      }),
    )
    expect(explanation.summary).toBe('read_users_me() raised HTTPException(400): Alice is disabled.')
  })

  it('an unexpected error is a plain-text 500 from Starlette', () => {
    const explanation = explainExchange(
      exchange({
        request: { method: 'GET', url: `${TEST_ROOT}items/` },
        response: {
          status: 500,
          headers: [['content-type', 'text/plain; charset=utf-8']],
          record: recordOf(
            [{ stage: 'endpoint', result: 'raised', name: 'read_items', status: 500, why: 'TypeError: x' }],
            500,
          ),
        },
      }),
    )
    expect(explanation.summary).toBe(
      'read_items() failed with an unexpected error (TypeError: x), so Starlette answered a plain-text 500 Internal Server Error.',
    )
  })
})

describe('why HTTPBasic answered', () => {
  const basicRejected = (reason: 'invalid-base64' | 'not-ascii' | 'no-colon' | 'no-authorization-header') =>
    explainExchange(
      exchange({
        request: { method: 'GET', url: `${TEST_ROOT}users/me` },
        response: {
          status: 401,
          headers: [['www-authenticate', 'Basic']],
          record: recordOf(
            [
              {
                stage: 'routing',
                result: 'matched',
                route: { method: 'GET', path: '/users/me', name: 'read_current_user' },
              },
              { stage: 'security', scheme: 'HTTPBasic', result: 'rejected', reason, sentScheme: 'Basic' },
            ],
            401,
          ),
        },
      }),
    ).summary

  it.each([
    ['invalid-base64', /^The credentials after Basic are not base64 as Python decodes it/],
    ['not-ascii', /^The decoded credentials are not ASCII/],
    ['no-colon', /^The decoded credentials have no ":" between the username and the password/],
    ['no-authorization-header', /^There is no Authorization header/],
  ] as const)('%s', (reason, expected) => {
    const summary = basicRejected(reason)
    expect(summary).toMatch(expected)
    expect(summary).toMatch(
      /HTTPBasic answered 401 Not authenticated \(WWW-Authenticate: Basic\) before read_current_user\(\) ran\.$/,
    )
  })

  it('names the username HTTPBasic handed on', () => {
    const explanation = explainExchange(
      exchange({
        request: { method: 'GET', url: `${TEST_ROOT}users/me` },
        response: {
          status: 200,
          record: recordOf(
            [{ stage: 'security', scheme: 'HTTPBasic', result: 'passed', sentScheme: 'Basic', credentials: 'john' }],
            200,
          ),
        },
      }),
    )
    expect(explanation.summary).toBe(
      'HTTPBasic decoded the username "john" and its password, and handed them to the endpoint.',
    )
  })
})
