import type { Experiment } from '../experiment'
import { answers, bodyField, observe, request, withoutHeader } from '../observations'
import { redirectedTo, rejectedBy } from '../why-observations'
import { STAND_IN_TOKEN_SWITCH } from '../stand-in-token'

export const experiments: readonly Experiment[] = [
  {
    id: 'no-token',
    title: 'Ask for the current user without a token',
    steps: [{ action: 'execute', method: 'GET', path: '/users/me' }],
    look:
      '`GET /users/me 401` in **HTTP traffic**: **Why** shows that `OAuth2PasswordBearer` stopped the ' +
      'request, so neither `get_current_user` nor `read_users_me` ran. A dependency of a dependency ' +
      'still runs first.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      rejectedBy('OAuth2PasswordBearer', 'no-authorization-header'),
    ),
  },
  {
    id: 'fake-decoder',
    title: 'Let the fake decoder turn a token into a user',
    steps: [
      { action: 'switch', switchId: STAND_IN_TOKEN_SWITCH },
      { action: 'authorize', username: 'alice', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'The answer is John Doe with the username `alicefakedecoded`: `fake_decode_token` believes any ' +
      'token and glues `fakedecoded` onto it. Nothing checked that alice exists or that her password ' +
      'was right; that is the next lesson.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('username', 'alicefakedecoded')),
  },
  {
    id: 'empty-token',
    title: 'Send an empty token',
    steps: [{ action: 'send', method: 'GET', path: '/users/me', headers: { Authorization: 'Bearer' } }],
    look:
      'Still a user, named `fakedecoded`, and `disabled` is `null` because the decoder never sets it. ' +
      'The scheme passes an empty token on; only your own code can refuse it.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('username', 'fakedecoded')),
  },
  {
    id: 'basic-is-not-bearer',
    title: 'Send Basic credentials where a bearer token is expected',
    steps: [
      {
        action: 'send',
        method: 'GET',
        path: '/users/me',
        headers: { Authorization: 'Basic am9objpzZWNyZXQ=' },
      },
    ],
    look:
      '401 again, with `www-authenticate: Bearer`: the header is there, but its scheme is `Basic`, and ' +
      '`OAuth2PasswordBearer` only accepts `Bearer`.',
    observation: observe(request('GET', '/users/me'), answers(401), rejectedBy('OAuth2PasswordBearer', 'wrong-scheme')),
  },
  {
    id: 'extra-slash',
    title: 'Add a trailing slash',
    steps: [{ action: 'send', method: 'GET', path: '/users/me/' }],
    look:
      'The route is `/users/me` without a slash, so the router answers `307` with `location` pointing ' +
      'at `/users/me`, and the browser follows it to the 401. The redirect came before any security.',
    observation: observe(
      request('GET', '/users/me/'),
      withoutHeader('Authorization'),
      answers(307),
      redirectedTo('/users/me'),
    ),
  },
]
