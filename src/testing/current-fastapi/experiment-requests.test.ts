import { describe, expect, it } from 'vitest'
import type { Experiment } from '../../lessons/experiment'
import { observe } from '../../lessons/observations'
import { FIXTURE_TOKENS } from '../fixture-tokens'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'
import { experimentRequests } from './experiment-requests'
import { operationSchemes, swaggerLogin, type DocumentedScheme } from './swagger-ui-requests'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
// {"sub":"johndoe","exp":NOW+30min} and the same thirty minutes earlier, as PyJWT signs them.
const JOHN_AT_NOW =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjoxNzY4NDgwMjAwfQ.DlOjmcZwysbmxIwvpQw9v1RMiboT6I4WiU5PB0grQ9I'

function experiment(id: string, steps: Experiment['steps']): Experiment {
  return { id, title: id, steps, look: '', observation: observe() }
}

const logins: OracleRequest[] = []
const context = {
  standIn: (request: OracleRequest): Promise<OracleAnswer> => {
    logins.push(request)
    const ok = request.body?.includes('password=secret') === true
    return Promise.resolve({
      status: ok ? 200 : 401,
      headers: [],
      body: ok ? `{"access_token":"${JOHN_AT_NOW}","token_type":"bearer"}` : '{"detail":"Incorrect"}',
    })
  },
  // Every operation but the login lists the three kinds a dialog may hold, in this order.
  security: (_method: string, path: string): DocumentedScheme[] =>
    path === '/token'
      ? []
      : [
          { name: 'OAuth2PasswordBearer', type: 'oauth2' },
          { name: 'HTTPBearer', type: 'http', scheme: 'bearer' },
          { name: 'HTTPBasic', type: 'http', scheme: 'basic' },
        ],
  now: NOW,
}

describe('swaggerLogin', () => {
  it('is the Authorize dialog’s request: Basic Og==, grant_type first, scopes joined by +', () => {
    expect(swaggerLogin('jöhn', 'a b&c', ['me', 'items'])).toEqual({
      method: 'POST',
      path: '/token',
      headers: [
        ['accept', 'application/json, text/plain, */*'],
        ['content-type', 'application/x-www-form-urlencoded'],
        ['x-requested-with', 'XMLHttpRequest'],
        ['authorization', 'Basic Og=='],
      ],
      body: 'grant_type=password&scope=me+items&username=j%C3%B6hn&password=a+b%26c',
    })
    expect(swaggerLogin('u', '', []).body).toBe('grant_type=password&username=u')
  })
})

describe('experimentRequests', () => {
  it('sends the token a login got on secured operations only, until a logout', async () => {
    const { replayed } = await experimentRequests(
      [
        experiment('flow', [
          { action: 'authorize', username: 'johndoe', password: 'secret' },
          { action: 'execute', method: 'GET', path: '/users/me' },
          { action: 'execute-form', method: 'POST', path: '/token', fields: { username: 'x', password: 'y' } },
          { action: 'logout' },
          { action: 'execute', method: 'GET', path: '/users/me' },
        ]),
      ],
      context,
    )
    const requests = replayed[0]?.requests ?? []
    expect(requests.map((request) => request.headers?.find(([name]) => name === 'authorization')?.[1])).toEqual([
      'Basic Og==',
      `Bearer ${JOHN_AT_NOW}`,
      undefined,
      undefined,
      undefined,
    ])
    expect(requests.slice(2, 4).map((request) => request.body)).toEqual([
      'username=x&password=y',
      'grant_type=password&scope=&client_id=string&client_secret=string&username=x&password=y',
    ])
  })

  it('keeps the old credentials after a failed login, and Basic pairs as btoa writes them', async () => {
    const { replayed } = await experimentRequests(
      [
        experiment('basic', [
          { action: 'authorize-basic', username: 'jöhn', password: 'secret' },
          { action: 'authorize', username: 'johndoe', password: 'wrong' },
          { action: 'execute', method: 'GET', path: '/users/me' },
        ]),
      ],
      context,
    )
    expect(replayed[0]?.requests[1]?.headers).toContainEqual(['authorization', 'Basic avZobjpzZWNyZXQ='])
  })

  it('skips an experiment that ticks a switch: its app is not main.py', async () => {
    const { replayed, skipped } = await experimentRequests(
      [experiment('switched', [{ action: 'switch', switchId: 'extra-user' }])],
      context,
    )
    expect(replayed).toEqual([])
    expect(skipped).toEqual([{ id: 'switched', why: 'it ticks the switch extra-user: the app is no longer main.py' }])
  })

  it('replays an experiment whose switch both sides already run with, and skips one with another switch', async () => {
    const { replayed, skipped } = await experimentRequests(
      [
        experiment('on', [
          { action: 'switch', switchId: 'spec-exact-errors' },
          { action: 'send', method: 'GET', path: '/users/me' },
        ]),
        experiment('other', [{ action: 'switch', switchId: 'extra-user' }]),
      ],
      { ...context, switchesOn: new Set(['spec-exact-errors']) },
    )
    expect(replayed).toEqual([{ id: 'on', requests: [{ method: 'GET', path: '/users/me', headers: [] }] }])
    expect(skipped.map(({ id }) => id)).toEqual(['other'])
  })

  it('moves the clock by re-minting the token that much earlier, and tampers as the panel does', async () => {
    const { replayed } = await experimentRequests(
      [
        experiment('later', [
          { action: 'authorize', username: 'johndoe', password: 'secret' },
          { action: 'clock', minutes: 30 },
          { action: 'execute', method: 'GET', path: '/users/me/' },
          { action: 'tamper', path: '/users/me/', change: { kind: 'drop-signature' } },
          { action: 'authorize-bearer', token: FIXTURE_TOKENS.john },
          { action: 'execute', method: 'GET', path: '/users/me/' },
          { action: 'tamper', path: '/users/me/', change: { kind: 'claim', claim: 'sub', value: 'alice' } },
        ]),
      ],
      context,
    )
    const sent = (replayed[0]?.requests ?? []).map(
      (request) => request.headers?.find(([name]) => name === 'authorization')?.[1] ?? '',
    )
    const payload = (value: string) => JSON.parse(atob(value.split('.')[1] ?? '')) as unknown
    // The exp of a login at NOW, less thirty minutes: the second NOW falls in, already past.
    expect(payload(sent[1] ?? '')).toEqual({ sub: 'johndoe', exp: Math.floor(NOW / 1000) })
    expect(sent[2]).toBe(`${sent[1]?.slice(0, sent[1].lastIndexOf('.'))}.`)
    expect(sent[3]).toBe(`Bearer ${FIXTURE_TOKENS.john}`)
    const [header, , signature] = FIXTURE_TOKENS.john.split('.')
    expect(sent[4]).toBe(`Bearer ${header}.${btoa('{"sub":"alice"}').replace(/=+$/, '')}.${signature}`)
  })

  it('adds each authorized scheme the operation lists, an API key by its name and place', async () => {
    const document = {
      paths: {
        '/reports': { get: { security: [{ OAuth2PasswordBearer: [] }, { APIKeyHeader: [] }] } },
        '/query': { get: { security: [{ APIKeyQuery: [] }] } },
        '/greeting': { get: { security: [{ OAuth2PasswordBearer: [] }] } },
      },
      components: {
        securitySchemes: {
          OAuth2PasswordBearer: { type: 'oauth2', flows: {} },
          APIKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          APIKeyQuery: { type: 'apiKey', in: 'query', name: 'api_key' },
        },
      },
    }
    const { replayed } = await experimentRequests(
      [
        experiment('keys', [
          { action: 'authorize-api-key', scheme: 'APIKeyHeader', key: 'robot-key' },
          { action: 'authorize-api-key', scheme: 'APIKeyQuery', key: 'a b' },
          { action: 'execute', method: 'GET', path: '/reports' },
          { action: 'execute', method: 'GET', path: '/greeting' },
          { action: 'execute', method: 'GET', path: '/query' },
          { action: 'authorize', username: 'johndoe', password: 'secret' },
          { action: 'execute', method: 'GET', path: '/reports' },
          { action: 'logout' },
          { action: 'execute', method: 'GET', path: '/reports' },
        ]),
      ],
      { ...context, security: (method, path) => operationSchemes(document, method, path) },
    )
    const requests = replayed[0]?.requests ?? []
    expect(requests.map(({ path, headers }) => [path, headers])).toEqual([
      [
        '/reports',
        [
          ['accept', 'application/json'],
          ['X-API-Key', 'robot-key'],
        ],
      ],
      ['/greeting', [['accept', 'application/json']]],
      ['/query?api_key=a%20b', [['accept', 'application/json']]],
      ['/token', requests[3]?.headers],
      [
        '/reports',
        [
          ['accept', 'application/json'],
          ['authorization', `Bearer ${JOHN_AT_NOW}`],
          ['X-API-Key', 'robot-key'],
        ],
      ],
      ['/reports', [['accept', 'application/json']]],
    ])
  })

  it('sends every request to the stand-in in its turn, and refreshes with the token an answer holds', async () => {
    const seen: string[] = []
    let issued = 0
    const pairs = {
      standIn: (request: OracleRequest): Promise<OracleAnswer> => {
        seen.push(`${request.method} ${request.path} ${request.body ?? ''}`)
        if (request.path !== '/token') return Promise.resolve({ status: 200, headers: [], body: '{}' })
        issued += 1
        const body = `{"access_token":"a${issued}","token_type":"bearer","refresh_token":"r${issued}"}`
        return Promise.resolve({ status: 200, headers: [], body })
      },
      security: context.security,
      now: NOW,
    }
    const { replayed } = await experimentRequests(
      [
        experiment('rotation', [
          { action: 'authorize', username: 'johndoe', password: 'secret' },
          { action: 'refresh', from: 'newest' },
          { action: 'refresh', from: 'login' },
          { action: 'refresh', from: 'newest' },
          { action: 'execute', method: 'POST', path: '/logout' },
        ]),
      ],
      pairs,
    )
    expect(seen).toEqual([
      'POST /token grant_type=password&username=johndoe&password=secret',
      'POST /token grant_type=refresh_token&refresh_token=r1',
      'POST /token grant_type=refresh_token&refresh_token=r1',
      'POST /token grant_type=refresh_token&refresh_token=r3',
      'POST /logout ',
    ])
    expect(replayed[0]?.requests[1]?.headers).toEqual([
      ['accept', 'application/json'],
      ['content-type', 'application/x-www-form-urlencoded'],
    ])
    expect(replayed[0]?.requests[4]?.headers).toContainEqual(['authorization', 'Bearer a1'])
  })

  it('says so when there is no token answer to refresh from', async () => {
    await expect(
      experimentRequests([experiment('nothing', [{ action: 'refresh', from: 'login' }])], context),
    ).rejects.toThrow('refresh: no login token answer with a refresh_token')
  })
})

describe('experimentRequests for an app that reads a cookie', () => {
  const cookieContext = {
    standIn: (request: OracleRequest): Promise<OracleAnswer> => {
      const setCookie: Record<string, string> = {
        '/login': 'access_token=abc; HttpOnly; Max-Age=1800; Path=/; SameSite=lax',
        '/logout': 'access_token=""; expires=Thu, 15 Jan 2026 12:00:00 GMT; Max-Age=0; Path=/; SameSite=lax',
      }
      const line = setCookie[request.path]
      return Promise.resolve({ status: 200, headers: line ? [['set-cookie', line]] : [], body: '{}' })
    },
    security: (): DocumentedScheme[] => [
      { name: 'APIKeyCookie', type: 'apiKey', in: 'cookie', keyName: 'access_token' },
    ],
    now: NOW,
    cookies: true,
  }
  const cookieOf = (request: OracleRequest | undefined) => request?.headers?.find(([name]) => name === 'cookie')?.[1]

  it('sends what the answers set, as a browser’s jar would, until a logout, a reload or the clock ends it', async () => {
    const login = { action: 'execute-form', method: 'POST', path: '/login', fields: { username: 'johndoe' } } as const
    const me = { action: 'execute', method: 'GET', path: '/users/me' } as const
    const { replayed } = await experimentRequests(
      [
        experiment('logout', [login, me, { action: 'execute', method: 'POST', path: '/logout' }, me]),
        experiment('expire', [login, { action: 'clock', minutes: 29 }, me, { action: 'clock', minutes: 1 }, me]),
        experiment('reload', [login, { action: 'reload' }, { action: 'send', method: 'GET', path: '/users/me' }]),
      ],
      cookieContext,
    )
    const cookies = (id: string) => replayed.find((replay) => replay.id === id)?.requests.map(cookieOf)
    // Try it out sends the form twice (typed fields alone, then with samples): the second carries the first's cookie.
    expect(cookies('logout')).toEqual([
      undefined,
      'access_token=abc',
      'access_token=abc',
      'access_token=abc',
      undefined,
    ])
    expect(cookies('expire')).toEqual([undefined, 'access_token=abc', 'access_token=abc', undefined])
    expect(cookies('reload')).toEqual([undefined, 'access_token=abc', undefined])
  })

  it('keeps no jar for an app that reads no cookie', async () => {
    const { replayed } = await experimentRequests(
      [
        experiment('plain', [
          { action: 'execute-form', method: 'POST', path: '/login', fields: {} },
          { action: 'execute', method: 'GET', path: '/users/me' },
        ]),
      ],
      { ...cookieContext, cookies: false },
    )
    expect(replayed[0]?.requests.map(cookieOf)).toEqual([undefined, undefined, undefined])
  })
})
