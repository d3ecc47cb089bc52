import type { Experiment } from '../experiment'
import { answers, bodyField, detail, formField, observe, request } from '../observations'
import { formFieldMissing, raisedBy } from '../why-observations'
import { SPEC_EXACT_SWITCH } from '../shared/spec-exact-switch'

export const experiments: readonly Experiment[] = [
  {
    id: 'login-and-call',
    title: 'Log in and read your own record',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'Two rows in **HTTP traffic**: `POST /token 200` issues the token, and `GET /users/me 200` sends ' +
      'it as `Authorization: Bearer johndoe`. The token is just the name, so anyone who knows a ' +
      'username could send it. The answer even includes `hashed_password`: `read_users_me` declares ' +
      'no response model.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('hashed_password', 'fakehashedsecret')),
  },
  {
    id: 'wrong-password',
    title: 'Log in with a wrong password',
    steps: [{ action: 'authorize', username: 'johndoe', password: 'wrong' }],
    look:
      'The dialog only says `Error: Bad Request`. Select `POST /token 400` in **HTTP traffic** to read ' +
      'what FastAPI really said, `{"detail":"Incorrect username or password"}`, and note that there is ' +
      'no `www-authenticate` header: the client sent a bad form, it is not being asked for a token.',
    observation: observe(
      request('POST', '/token'),
      answers(400),
      detail('Incorrect username or password'),
      formField('username', 'johndoe'),
    ),
  },
  {
    id: 'inactive-user',
    title: 'Log in as a disabled user',
    steps: [
      { action: 'authorize', username: 'alice', password: 'secret2' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'The login succeeds: alice gets a token although she is disabled. Only when she uses it does ' +
      '`get_current_active_user` answer `400 Inactive user`.',
    observation: observe(
      request('GET', '/users/me'),
      answers(400),
      detail('Inactive user'),
      raisedBy('get_current_active_user', 'read_users_me'),
    ),
  },
  {
    id: 'case-sensitive',
    title: 'Send the form yourself, with JohnDoe',
    steps: [
      {
        action: 'execute-form',
        method: 'POST',
        path: '/token',
        fields: { username: 'JohnDoe', password: 'secret' },
      },
    ],
    look:
      'Swagger UI prefills sample values; the ones you typed replaced them. The answer is `400 Incorrect ' +
      'username or password`, and this time Swagger UI shows the `detail`, because this is an ordinary ' +
      'request and not the Authorize dialog. Usernames are compared exactly: case counts.',
    observation: observe(
      request('POST', '/token'),
      answers(400),
      detail('Incorrect username or password'),
      formField('username', 'JohnDoe'),
    ),
  },
  {
    id: 'no-password',
    title: 'Send a form without a password',
    steps: [{ action: 'send', method: 'POST', path: '/token', form: 'username=johndoe' }],
    look:
      'A `422` before `login` ran: `OAuth2PasswordRequestForm` declares `password` as a required form ' +
      'field, and FastAPI lists every missing field in `detail`. **Why** shows the validation step.',
    observation: observe(request('POST', '/token'), answers(422), formFieldMissing('password')),
  },
  {
    id: 'unknown-token',
    title: 'Send a token that names nobody',
    steps: [{ action: 'send', method: 'GET', path: '/users/me', headers: { Authorization: 'Bearer nobody' } }],
    look:
      'The same `401 Not authenticated` as with no token at all, but **Why** tells them apart: this time ' +
      '`oauth2_scheme` let the request in and handed `nobody` to `get_current_user`, which raised because ' +
      'no user is called `nobody`, so `read_users_me` never ran.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      detail('Not authenticated'),
      raisedBy('get_current_user', 'read_users_me'),
    ),
  },
  // Last: with the switch on, the earlier experiments' tutorial answers change.
  {
    id: 'spec-exact-login',
    title: 'Fail a login in RFC 6749’s words',
    steps: [
      { action: 'switch', switchId: SPEC_EXACT_SWITCH },
      { action: 'authorize', username: 'johndoe', password: 'wrong' },
    ],
    look:
      'Now the dialog says more than `Bad Request`: `error: invalid_grant, description: Incorrect username or ' +
      'password`. Swagger UI reads `error` and `error_description` from a failed login, the fields RFC 6749 ' +
      'defines, and never FastAPI’s `detail`. Select `POST /token 400`: `cache-control: no-store` and ' +
      '`pragma: no-cache` come with it, and **Why** names `token_error_handler`, the exception handler that ' +
      'wrote the answer. Send the form yourself with `grant_type=client_credentials`, or without a password: ' +
      '400 `unsupported_grant_type` or `invalid_request`, where `main.py` answers 422. Untick the switch for ' +
      'the tutorial’s answers again.',
    observation: observe(
      request('POST', '/token'),
      answers(400),
      bodyField('error', 'invalid_grant'),
      formField('username', 'johndoe'),
    ),
  },
]
