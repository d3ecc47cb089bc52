import type { Experiment } from '../experiment'
import { answers, bodyField, detail, formField, observe, request } from '../observations'
import { raisedAt, raisedBy } from '../why-observations'

export const experiments: readonly Experiment[] = [
  {
    id: 'access-token-expires',
    title: 'Let the access token run out after five minutes',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'clock', minutes: 5 },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'Select the `POST /token` row of the login: besides `access_token` the answer holds `expires_in: 300` ' +
      'and a `refresh_token`, and the JWT’s payload now has a `jti` (this token’s id) and a `sid` (the login ' +
      'session’s). Five minutes later by the lesson clock, `GET /users/me/ 401`: **Why** says the token’s ' +
      '`exp` has passed, and that `get_token_claims` raised, so neither `get_current_user` nor the route ran.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      detail('Could not validate credentials'),
      raisedAt('jwt-expired', 'the token’s exp has passed'),
    ),
  },
  {
    id: 'refresh-gets-new-tokens',
    title: 'Refresh: a new pair without the password',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'clock', minutes: 5 },
      { action: 'refresh', from: 'newest' },
    ],
    look:
      'The refresh sends no password and no access token, only `grant_type=refresh_token` and the refresh ' +
      'token. The answer is a new pair: a JWT with a fresh `exp` and a new `jti` but the same `sid`, and a new ' +
      'refresh token. The old refresh token is now spent: **rotation**. A client keeps the newest pair and ' +
      'throws the old one away.',
    observation: observe(
      request('POST', '/token'),
      formField('grant_type', 'refresh_token'),
      answers(200),
      bodyField('token_type', 'bearer'),
    ),
  },
  {
    id: 'reused-refresh-token',
    title: 'Send a spent refresh token again',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'refresh', from: 'newest' },
      { action: 'refresh', from: 'login' },
    ],
    look:
      'The login’s refresh token was exchanged once already, so the second try is `401 Invalid refresh token`. ' +
      'A refresh token that comes back after it was spent means two parties hold it, the client and ' +
      'someone who copied it, and the server cannot tell which is which: **Why** says `use_refresh_token` ' +
      'ended the whole session, so the newer refresh token from the first refresh stops working too.',
    observation: observe(
      request('POST', '/token'),
      answers(401),
      detail('Invalid refresh token'),
      raisedAt('refresh-token-reused', 'the refresh token had been exchanged already'),
    ),
  },
  {
    id: 'session-ended-by-reuse',
    title: 'See the reuse end the session',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'refresh', from: 'newest' },
      { action: 'refresh', from: 'login' },
      { action: 'refresh', from: 'newest' },
    ],
    look:
      'The last refresh sends the newest refresh token, the one no one had used yet, and still gets `401`: ' +
      'the reuse before it ended the session. Whoever held the stolen copy and the real client are both ' +
      'out, and the real user logs in again with the password. **Why** says when the session ended.',
    observation: observe(
      request('POST', '/token'),
      answers(401),
      raisedAt('refresh-token-reuse-ended', 'the reuse before it ended the session'),
    ),
  },
  {
    id: 'logout-revokes',
    title: 'Log out, then use the same access token',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'POST', path: '/logout' },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'Swagger UI still sends the token from the login: its signature is good and its `exp` is minutes away, ' +
      'so `jwt.decode` accepts it. Then `get_token_claims` finds its `jti` in `revoked_jtis`, the denylist ' +
      'that `POST /logout` wrote, and answers `401`. This lookup is the price of logging out a JWT: every ' +
      'request now reads the server’s memory, which signed tokens alone never needed.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      raisedAt('jti-revoked', 'a logout revoked the token’s jti'),
      raisedBy('get_token_claims', 'read_users_me'),
    ),
  },
  {
    id: 'logout-ends-refresh',
    title: 'Log out, then try to refresh',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'POST', path: '/logout' },
      { action: 'refresh', from: 'newest' },
    ],
    look:
      'The logout revoked the access token and ended its session, so the refresh token of the login is gone ' +
      'from `refresh_tokens` too: `401 Invalid refresh token`. Without this, logging out would last only ' +
      'until the next refresh.',
    observation: observe(
      request('POST', '/token'),
      formField('grant_type', 'refresh_token'),
      answers(401),
      raisedAt('refresh-token-logged-out', 'the logout ended the session'),
    ),
  },
]
