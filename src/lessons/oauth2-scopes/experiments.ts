import type { Experiment } from '../experiment'
import { answers, bodyField, detail, observe, request, responseHeader } from '../observations'
import { raisedAt } from '../why-observations'
import { SPEC_EXACT_SWITCH } from '../shared/spec-exact-switch'

export const experiments: readonly Experiment[] = [
  {
    id: 'scope-me',
    title: 'Log in with the me scope',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me'] },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'Select `POST /token 200` in **HTTP traffic**: the form carried `scope=me`, and the JWT’s payload ' +
      'says `"scope": "me"`. `GET /users/me/` needs only `me`, so it answers John Doe.',
    observation: observe(request('GET', '/users/me/'), answers(200), bodyField('username', 'johndoe')),
  },
  {
    id: 'not-enough-permissions',
    title: 'Call a route your token has no scope for',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me'] },
      { action: 'execute', method: 'GET', path: '/users/me/items/' },
    ],
    look:
      '`401 Not enough permissions`, and `www-authenticate: Bearer scope="items me"` names every scope ' +
      'the route needs: its own `items`, then the `me` of the dependency below it.',
    observation: observe(
      request('GET', '/users/me/items/'),
      answers(401),
      raisedAt('missing-scope', 'the token lacks a scope the route needs'),
      responseHeader('www-authenticate', 'Bearer scope="items me"'),
    ),
  },
  {
    id: 'both-scopes',
    title: 'Ask for both scopes',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me', 'items'] },
      { action: 'execute', method: 'GET', path: '/users/me/items/' },
    ],
    look:
      'With `"scope": "me items"` in the token, every scope the route collects is there, and the answer ' +
      'is John’s items. Note that the app wrote into the token whatever the form asked for.',
    observation: observe(request('GET', '/users/me/items/'), answers(200)),
  },
  {
    id: 'forge-scope',
    title: 'Forge the scope claim',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me'] },
      { action: 'execute', method: 'GET', path: '/users/me/items/' },
      { action: 'tamper', path: '/users/me/items/', change: { kind: 'claim', claim: 'scope', value: 'me items' } },
    ],
    look:
      'The payload now grants `items`, yet the answer is `401 Could not validate credentials`, not a ' +
      'list of items: the signature check comes first, before any scope is compared.',
    observation: observe(
      request('GET', '/users/me/items/'),
      answers(401),
      detail('Could not validate credentials'),
      raisedAt('jwt-bad-signature', 'the signature does not match'),
    ),
  },
  {
    id: 'scopes-before-active',
    title: 'Log in as disabled alice without scopes',
    // Swagger UI keeps the boxes of the last login ticked: with `me` still ticked, alice would get
    // "Inactive user" and this would never tick. Logging out and asking for no scope rules that out.
    steps: [
      { action: 'logout' },
      { action: 'authorize', username: 'alice', password: 'secretalice', scopes: [] },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'The login succeeds although alice is disabled, and her token says `"scope": ""`. `GET /users/me/` ' +
      'answers `401 Not enough permissions`, not “Inactive user”: `get_current_user` checks scopes ' +
      'before `get_current_active_user` ever looks at `disabled`.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      raisedAt('missing-scope', 'the token lacks a scope the route needs'),
    ),
  },
  {
    id: 'inactive-alice',
    title: 'Give alice the me scope',
    steps: [
      { action: 'authorize', username: 'alice', password: 'secretalice', scopes: ['me'] },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look: 'Now the scope check passes, and only then is alice turned away: `400 Inactive user`.',
    observation: observe(request('GET', '/users/me/'), answers(400), detail('Inactive user')),
  },
  {
    id: 'expire-with-clock',
    title: 'Let the token expire',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me'] },
      { action: 'clock', minutes: 30 },
      { action: 'execute', method: 'GET', path: '/users/me/' },
    ],
    look:
      'After thirty minutes by the lesson clock the token has expired: `401 Could not validate ' +
      'credentials`, with `www-authenticate: Bearer scope="me"` naming what the route needs.',
    observation: observe(
      request('GET', '/users/me/'),
      answers(401),
      raisedAt('jwt-expired', 'the token’s exp has passed'),
    ),
  },
  // Last: with the switch on, the earlier experiments' tutorial answers change.
  {
    id: 'spec-exact-scope',
    title: 'Be refused a scope in RFC 6750’s words',
    steps: [
      { action: 'switch', switchId: SPEC_EXACT_SWITCH },
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me'] },
      { action: 'execute', method: 'GET', path: '/users/me/items/' },
    ],
    look:
      '`403 Not enough permissions` where `main.py` answers 401: the token is good, and logging in again with ' +
      'the same scopes would not help, which is what a 401 asks for. Select `GET /users/me/items/ 403` in ' +
      '**HTTP traffic**: `www-authenticate: Bearer error="insufficient_scope", scope="items me"` names the error ' +
      'and the scopes in the words RFC 6750 gives clients to read. (Swagger UI shows the header without the ' +
      'space after the comma: it splits any header value at “, ” and joins the parts again.) Move the lesson ' +
      'clock 30 minutes and call again: `401` with `error="invalid_token"`. Untick the switch for the ' +
      'tutorial’s answers again.',
    observation: observe(
      request('GET', '/users/me/items/'),
      answers(403),
      responseHeader('www-authenticate', 'Bearer error="insufficient_scope", scope="items me"'),
    ),
  },
]
