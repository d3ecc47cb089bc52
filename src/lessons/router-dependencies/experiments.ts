import type { Experiment } from '../experiment'
import {
  answers,
  bodyField,
  detail,
  observe,
  request,
  responseHeader,
  tokenClaim,
  withoutHeader,
} from '../observations'
import { raisedAt, raisedBy, reusedFor, routedTo, stoppedByRouter } from '../why-observations'

export const experiments: readonly Experiment[] = [
  {
    id: 'public-route',
    title: 'Call the public router without logging in',
    steps: [{ action: 'execute', method: 'GET', path: '/status' }],
    look:
      '`200` and `{"status": "ok"}`: `public_router` has no dependencies, so nothing asked for a token. In the ' +
      'docs, `GET /status` and `POST /token` have no padlock, and every operation of `protected_router` has ' +
      'one, although none of them names `oauth2_scheme`: FastAPI found it below the router’s `get_current_user`.',
    observation: observe(
      request('GET', '/status'),
      withoutHeader('authorization'),
      answers(200),
      routedTo('read_status'),
    ),
  },
  {
    id: 'router-guards-every-route',
    title: 'Call a route that asks for no user',
    steps: [{ action: 'logout' }, { action: 'execute', method: 'GET', path: '/items/' }],
    look:
      '`read_items` takes no parameter at all, yet the answer is `401 Not authenticated`. Select the exchange: ' +
      'Why says that `oauth2_scheme` found no token for `get_current_user`, a dependency of the router ' +
      '`protected_router`, and that `read_items()` never ran. One line on the router protects each of its routes.',
    observation: observe(
      request('GET', '/items/'),
      answers(401),
      detail('Not authenticated'),
      stoppedByRouter('protected_router', 'get_current_user', 'read_items'),
    ),
  },
  {
    id: 'one-call-two-askers',
    title: 'Log in as johndoe and read /users/me',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: [] },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'John’s user, with `"roles": []`. The router and `read_users_me`’s parameter both ask for ' +
      '`get_current_user`; Why shows one call, and FastAPI handing the same value on to `read_users_me` ' +
      '(`use_cache`): the token is checked once per request, however many ask.',
    observation: observe(
      request('GET', '/users/me'),
      answers(200),
      bodyField('username', 'johndoe'),
      reusedFor('get_current_user', 'read_users_me'),
    ),
  },
  {
    id: 'role-missing',
    title: 'Call the admin router as johndoe',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: [] },
      { action: 'execute', method: 'GET', path: '/admin/users' },
    ],
    look:
      '`403 Admins only`, from `require_admin`, the dependency of `admin_router`. It ran after ' +
      '`protected_router`’s `get_current_user` (the outer router’s first) and took its user from the cache. ' +
      'The answer has no `www-authenticate`: johndoe has no admin role, and no other token would give him one.',
    observation: observe(
      request('GET', '/admin/users'),
      answers(403),
      detail('Admins only'),
      raisedBy('require_admin', 'list_users'),
    ),
  },
  {
    id: 'admin-role',
    title: 'Log in as alice, the admin',
    steps: [
      { action: 'authorize', username: 'alice', password: 'secretalice', scopes: [] },
      { action: 'execute', method: 'GET', path: '/admin/users' },
    ],
    look:
      'The same route answers both users, without their password hashes. Alice’s token is like John’s: ' +
      'her `admin` role is not in it, `require_admin` read it from her record in `fake_users_db`.',
    observation: observe(request('GET', '/admin/users'), tokenClaim('sub', 'alice'), answers(200)),
  },
  {
    id: 'scope-missing',
    title: 'Read the reports without the reports scope',
    steps: [
      { action: 'authorize', username: 'alice', password: 'secretalice', scopes: [] },
      { action: 'execute', method: 'GET', path: '/admin/reports' },
    ],
    look:
      'Alice is an admin, so `require_admin` let her through, but her token says `"scope": ""`: ' +
      '`403 Not enough permissions`, with `www-authenticate: Bearer error="insufficient_scope", ' +
      'scope="reports"` telling the client which scope to log in with. Why shows `get_current_user` called ' +
      'a second time, for `["reports"]`.',
    observation: observe(
      request('GET', '/admin/reports'),
      answers(403),
      responseHeader('www-authenticate', 'Bearer error="insufficient_scope", scope="reports"'),
      raisedAt('missing-scope', 'the token lacks the reports scope'),
    ),
  },
  {
    id: 'role-before-scope',
    title: 'Give johndoe the reports scope',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['reports'] },
      { action: 'execute', method: 'GET', path: '/admin/reports' },
    ],
    look:
      'His token now says `"scope": "reports"` (the login grants any scope asked for), yet the answer is ' +
      '`403 Admins only`: the router’s role check runs before the route’s scope check, and a scope is not a role.',
    observation: observe(
      request('GET', '/admin/reports'),
      tokenClaim('scope', 'reports'),
      answers(403),
      detail('Admins only'),
      raisedAt('missing-role', 'johndoe has no admin role'),
    ),
  },
  {
    id: 'role-and-scope',
    title: 'Log in as alice with the reports scope',
    steps: [
      { action: 'authorize', username: 'alice', password: 'secretalice', scopes: ['reports'] },
      { action: 'execute', method: 'GET', path: '/admin/reports' },
    ],
    look:
      'Both checks pass: the role from her record, the scope from her token. Under **Copy as a TestClient ' +
      'test**, the second test logs in as alice with `app.dependency_overrides` and sends no token at all.',
    observation: observe(request('GET', '/admin/reports'), answers(200), bodyField('read_by', 'alice')),
  },
]
