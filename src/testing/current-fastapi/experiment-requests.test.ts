import { describe, expect, it } from 'vitest'
import type { Experiment } from '../../lessons/experiment'
import { observe } from '../../lessons/observations'
import { FIXTURE_TOKENS } from '../fixture-tokens'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'
import { experimentRequests, swaggerLogin } from './experiment-requests'

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
  secured: (_method: string, path: string) => path !== '/token',
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
    secured: () => true,
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
