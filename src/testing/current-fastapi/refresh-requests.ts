// Requests for the refresh-and-logout lesson, whose answers depend on what came before: the token
// form's two grants at their edges, access tokens with the four required claims in every shape,
// and chains that read each answer's tokens to send the next request (refresh, reuse, logout,
// refresh after logout). Each goes through `send`, in order, so that the stand-in they are built
// against sees what the fresh server and the fresh stand-in will see.
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import type { JsonObject } from '../../server/json'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'
import { swaggerLogin } from './swagger-ui-requests'

const FORM = 'application/x-www-form-urlencoded'
const BOUNDARY = 'playground-boundary'

export type Send = (request: OracleRequest) => Promise<OracleAnswer>

const form = (body: string, contentType = FORM): OracleRequest => ({
  method: 'POST',
  path: '/token',
  headers: [['content-type', contentType]],
  body,
})

const bearer = (method: string, path: string, token: string): OracleRequest => ({
  method,
  path,
  headers: [['authorization', `Bearer ${token}`]],
})

/** The token form without state: grant_type at its edges, and each grant with fields missing. */
export function tokenFormRequests(): OracleRequest[] {
  const grantTypes = [undefined, '', 'PASSWORD', 'refresh_token ', ' password', 'refresh-token', 'foo', 'pässword']
  const requests = grantTypes.map((grantType) =>
    form(
      [
        ...(grantType === undefined ? [] : [`grant_type=${encodeURIComponent(grantType)}`]),
        'username=johndoe&password=secret',
      ].join('&'),
    ),
  )
  // Each password login that passes validation costs an Argon2 run: a few choices only.
  for (const username of [undefined, 'johndoe', 'nobody']) {
    for (const password of [undefined, 'secret', 'wrong']) {
      const fields = ['grant_type=password']
      if (username !== undefined) fields.push(`username=${username}`)
      if (password !== undefined) fields.push(`password=${password}`)
      requests.push(form(fields.join('&')))
    }
  }
  for (const refreshToken of [undefined, '', 'unknown', '%20', 'eyJhbGciOiJIUzI1NiJ9.e30.x']) {
    requests.push(form(`grant_type=refresh_token${refreshToken === undefined ? '' : `&refresh_token=${refreshToken}`}`))
  }
  requests.push(
    { method: 'POST', path: '/token' },
    form('grant_type=refresh_token&refresh_token=x', 'text/plain'),
    form('grant_type=password&grant_type=foo'),
    form('grant_type=foo&grant_type=refresh_token'),
    form(
      multipart({ grant_type: 'refresh_token', refresh_token: 'nope' }),
      `multipart/form-data; boundary=${BOUNDARY}`,
    ),
    {
      method: 'POST',
      path: '/token',
      headers: [['content-type', 'application/json']],
      body: '{"grant_type":"password","username":"johndoe","password":"secret"}',
    },
  )
  return requests
}

/**
 * Access tokens signed with the app's key, around `now` (ms): the four claims the app requires,
 * then each of them left out, null, or of another type, and the other claims lesson 4 checks.
 */
export async function accessTokens(now: number): Promise<string[]> {
  const second = Math.floor(now / 1000)
  const good = { sub: 'johndoe', sid: 'sid-1', jti: 'jti-1', exp: second + 300 }
  const claimSets: JsonObject[] = [
    good,
    { ...good, jti: 'jti-2', sid: 'sid-2' },
    { sub: 'johndoe', exp: second + 300 },
    { sid: 'sid-1', jti: 'jti-3', exp: second + 300 },
    { sub: 'johndoe', jti: 'jti-4', exp: second + 300 },
    { sub: 'johndoe', sid: 'sid-1', exp: second + 300 },
    { sub: 'johndoe', sid: 'sid-1', jti: 'jti-5' },
    { ...good, jti: 'jti-6', sid: null },
    { ...good, jti: null },
    { ...good, jti: 7 },
    { ...good, jti: 'jti-8', sid: ['sid-1'] },
    { ...good, jti: 'jti-9', sid: 9 },
    { ...good, jti: 'jti-10', sub: 'alice' },
    { ...good, jti: 'jti-11', sub: 12 },
    { ...good, jti: 'jti-12', exp: second },
    { ...good, jti: 'jti-13', exp: String(second + 300) },
    { ...good, jti: 'jti-14', exp: second + 300.5 },
    { ...good, jti: 'jti-15', nbf: second + 60 },
    { ...good, jti: 'jti-16', aud: 'someone' },
    { ...good, jti: '' },
  ]
  return Promise.all(claimSets.map((claims) => pyjwtEncode(claims, SECRET_KEY)))
}

/**
 * Each token on the route, then logged out, then on the route again: a logout with a valid token
 * revokes it, so the second request tells whether it did. A token that logs out twice is refused
 * the second time.
 */
export async function accessTokenRequests(send: Send, tokens: readonly string[]): Promise<void> {
  for (const token of tokens) {
    await send(bearer('GET', '/users/me/', token))
    await send(bearer('POST', '/logout', token))
    await send(bearer('GET', '/users/me/', token))
  }
  const [first = ''] = tokens
  await send(bearer('POST', '/logout', first))
}

interface Pair {
  readonly access: string
  readonly refresh: string
}

function pairFrom(answer: OracleAnswer): Pair {
  const body = JSON.parse(answer.body) as { access_token?: unknown; refresh_token?: unknown }
  if (answer.status !== 200 || typeof body.access_token !== 'string' || typeof body.refresh_token !== 'string') {
    throw new Error(`expected a token pair, got ${answer.status} ${answer.body}`)
  }
  return { access: body.access_token, refresh: body.refresh_token }
}

const refresh = (token: string, extra = ''): OracleRequest =>
  form(`grant_type=refresh_token&refresh_token=${encodeURIComponent(token)}${extra}`)

/** Logins, refreshes, reuse, logouts and what each leaves behind, each answer read for the next request. */
export async function sessionChains(send: Send): Promise<void> {
  const login = async () => pairFrom(await send(swaggerLogin('johndoe', 'secret', [])))

  // Rotation, then reuse: the reuse ends the session, so the newer refresh token fails too, while
  // the access tokens already issued work until their exp.
  const first = await login()
  await send(bearer('GET', '/users/me/', first.access))
  const second = pairFrom(await send(refresh(first.refresh)))
  await send(refresh(first.refresh))
  await send(refresh(second.refresh))
  await send(bearer('GET', '/users/me/', second.access))
  await send(bearer('GET', '/users/me/', first.access))

  // Logout: the access token is revoked, the session's refresh token gone; a second logout is refused.
  const third = await login()
  await send(bearer('POST', '/logout', third.access))
  await send(bearer('GET', '/users/me/', third.access))
  await send(bearer('POST', '/logout', third.access))
  await send(refresh(third.refresh))

  // Logging out with an older access token of a session ends the session all the same; the newer
  // access token is not on the denylist.
  const fourth = await login()
  const fifth = pairFrom(await send(refresh(fourth.refresh)))
  await send(bearer('POST', '/logout', fourth.access))
  await send(refresh(fifth.refresh))
  await send(bearer('GET', '/users/me/', fifth.access))
  await send(bearer('GET', '/users/me/', fourth.access))

  // The refresh form at its edges: a token with spaces around it is another token; other fields
  // are ignored; the last of a repeated field counts; multipart works as urlencoded does.
  const sixth = await login()
  await send(form(`grant_type=refresh_token&refresh_token=%20${sixth.refresh}%20`))
  await send(form(`grant_type=password&refresh_token=${sixth.refresh}&username=johndoe&password=wrong`))
  const seventh = pairFrom(await send(refresh(sixth.refresh, '&username=alice&password=x&scope=me')))
  const eighth = pairFrom(
    await send(form(`grant_type=password&grant_type=refresh_token&refresh_token=${seventh.refresh}`)),
  )
  await send(
    form(
      multipart({ grant_type: 'refresh_token', refresh_token: eighth.refresh }),
      `multipart/form-data; boundary=${BOUNDARY}`,
    ),
  )
  await send(refresh(eighth.refresh))
  await send(form(`grant_type=refresh_token&refresh_token=${sixth.refresh.toUpperCase()}`))
  await send(refresh(sixth.access))
  await send(bearer('GET', '/users/me/', sixth.refresh))
}

function multipart(fields: Readonly<Record<string, string>>): string {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  return `${parts.join('')}--${BOUNDARY}--\r\n`
}
