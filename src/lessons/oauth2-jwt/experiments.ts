import type { Experiment } from '../experiment'
import {
  answers,
  bodyField,
  detail,
  observe,
  request,
  responseHeader,
  tokenClaim,
  unsignedToken,
} from '../observations'
import { raisedAt } from '../why-observations'
import { INACTIVE_ALICE_SWITCH } from './switches'

export const experiments: readonly Experiment[] = [
  {
    id: 'jwt-login',
    title: 'Log in and call the API with a JWT',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'Select `GET /users/me/ 200` in **HTTP traffic**. The token is now `eyJ…`, a JWT: the panel decodes ' +
      'its header and payload without any key, `{"sub":"johndoe","exp":…}`, so anyone holding it can ' +
      'read it. The answer leaves out `hashed_password`: the route’s response model is `User`. The ' +
      'password went only to `POST /token`; this request carries just the token.',
    observation: observe(request('GET', '/users/me/'), answers(200), bodyField('username', 'johndoe')),
  },
  {
    id: 'failed-login-401',
    title: 'Fail a login here',
    steps: [{ action: 'authorize', username: 'johndoe', password: 'wrong' }],
    look:
      'This app answers a failed login with `401` and `www-authenticate: Bearer`, where lessons 3 and 5 ' +
      'answer 400. The dialog shows only `Error: Unauthorized`; the panel shows the `detail`.',
    observation: observe(request('POST', '/token'), answers(401), responseHeader('www-authenticate', 'Bearer')),
  },
  {
    id: 'expire-with-clock',
    title: 'Let the token expire',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'clock', minutes: 30 },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'Swagger UI still sends the same token; it never reads `exp`. Thirty minutes later by the lesson ' +
      'clock, `jwt.decode` refuses it and the answer is `401 Could not validate credentials`. **Why** ' +
      'names the rule: the token expired. A real frontend would now send the user back to the login.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      detail('Could not validate credentials'),
      raisedAt('jwt-expired', 'the token’s exp has passed'),
    ),
  },
  {
    id: 'forge-sub',
    title: 'Forge the token’s subject',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me/' },
      { action: 'tamper', path: '/users/me/', change: { kind: 'claim', claim: 'sub', value: 'alice' } },
    ],
    look:
      'The payload now says alice, but the signature was made for johndoe’s payload. `jwt.decode` ' +
      'checks the signature before it looks at any claim, so the answer is `401`, and **Why** says the ' +
      'signature did not match. Without `SECRET_KEY` nobody can write a valid token.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      raisedAt('jwt-bad-signature', 'the signature does not match'),
      tokenClaim('sub', 'alice'),
    ),
  },
  {
    id: 'drop-signature',
    title: 'Drop the signature',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me/' },
      { action: 'tamper', path: '/users/me/', change: { kind: 'drop-signature' } },
    ],
    look:
      'The claims are untouched, but the third part is empty. PyJWT still demands an HS256 signature ' +
      '(`algorithms=["HS256"]`), so an unsigned token is refused like a forged one.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      raisedAt('jwt-bad-signature', 'the signature does not match'),
      unsignedToken(),
    ),
  },
  {
    id: 'inactive-alice',
    title: 'Reach “Inactive user”',
    steps: [
      { action: 'switch', switchId: INACTIVE_ALICE_SWITCH },
      { action: 'authorize', username: 'alice', password: 'secretalice' },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'Alice’s token is valid and names a real user, so `get_current_user` returns her; then ' +
      '`get_current_active_user` sees `disabled` and answers `400 Inactive user`.',
    observation: observe(request('GET', '/users/me/'), answers(400), detail('Inactive user')),
  },
]
