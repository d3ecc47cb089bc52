import type { Experiment } from '../experiment'
import { answers, bodyField, detail, observe, request } from '../observations'
import { rejectedBy } from '../why-observations'
import { jarDropped, jarSentCookie, jarSentNoCookie, jarStored } from '../cookie-jar-observations'

// Logging in through Try it out, as a learner does: Authorize has no password form in this app.
const LOG_IN = {
  action: 'execute-form',
  method: 'POST',
  path: '/login',
  fields: { username: 'johndoe', password: 'secret' },
} as const

export const experiments: readonly Experiment[] = [
  {
    id: 'no-cookie-yet',
    title: 'Call the API with an empty cookie jar',
    steps: [{ action: 'reload' }, { action: 'send', method: 'GET', path: '/users/me' }],
    look:
      'A fresh page starts with an empty jar, so the request goes out without a `Cookie` header. ' +
      '`cookie_scheme`, an `APIKeyCookie`, finds no `access_token` and answers `401 Not authenticated` ' +
      'with `www-authenticate: APIKey` itself: **Why** shows that `get_current_user` and `read_users_me` ' +
      'never ran. Typing `Cookie: access_token=…` into the Send form would not help: the form refuses ' +
      'it, because a page’s `fetch` may not set that header.',
    observation: observe(
      request('GET', '/users/me'),
      jarSentNoCookie(),
      answers(401),
      detail('Not authenticated'),
      rejectedBy('APIKeyCookie', 'no-api-key'),
    ),
  },
  {
    id: 'login-sets-cookie',
    title: 'Log in through the docs',
    steps: [LOG_IN],
    look:
      'Select `POST /login 200`: the body only says who logged in; the JWT is in `set-cookie`, and the ' +
      'panel shows what the playground’s jar did with that line. Its view lists `access_token` as ' +
      '**HttpOnly**: in a real browser `document.cookie` would not show it, so a script injected into the ' +
      'page cannot read the token. **SameSite=Lax** keeps it off another site’s POST, **Path=/** sends it ' +
      'to every route of the app, and **Max-Age=1800** ends it with the JWT, thirty minutes on.',
    observation: observe(request('POST', '/login'), answers(200), jarStored('access_token', { httpOnly: true })),
  },
  {
    id: 'cookie-without-authorize',
    title: 'Call the API without Authorize',
    steps: [LOG_IN, { action: 'execute', method: 'GET', path: '/users/me' }],
    look:
      'Select `GET /users/me 200`: nobody clicked Authorize, yet the request carries ' +
      '`Cookie: access_token=eyJ…`, added by the playground’s jar as a browser adds its cookies. ' +
      '`cookie_scheme` handed the JWT to `get_current_user`, which checked it as the JWT lesson does, and ' +
      '**Why** names each step. Swagger UI’s padlock stays open: it knows nothing of the cookie.',
    observation: observe(
      request('GET', '/users/me'),
      jarSentCookie('access_token'),
      answers(200),
      bodyField('username', 'johndoe'),
    ),
  },
  {
    id: 'logout-clears-cookie',
    title: 'Log out, then call the API again',
    steps: [
      LOG_IN,
      { action: 'execute', method: 'POST', path: '/logout' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      '`POST /logout` answers with `set-cookie: access_token=""; expires=…; HttpOnly; Max-Age=0; Path=/; ' +
      'SameSite=lax`: the same name and path, already expired, which tells the browser to drop the cookie. The jar did, so the next ' +
      '`GET /users/me` leaves without a cookie and `APIKeyCookie` answers `401`. **Why** says which answer ' +
      'removed it. The JWT itself is still valid until its `exp`: logging out here only empties the jar.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      detail('Not authenticated'),
      jarDropped('access_token', 'removed'),
    ),
  },
  {
    id: 'cookie-expires',
    title: 'Let the cookie expire',
    steps: [LOG_IN, { action: 'clock', minutes: 30 }, { action: 'execute', method: 'GET', path: '/users/me' }],
    look:
      'Thirty minutes later by the lesson clock, the cookie’s `Max-Age=1800` has run out: the jar drops it ' +
      'and sends nothing, so `APIKeyCookie` answers `401 Not authenticated` before the JWT is even read. ' +
      'The token inside expired at the same moment; a copy of it sent by hand would get `401 Could not ' +
      'validate credentials` from `get_current_user` instead.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      detail('Not authenticated'),
      jarDropped('access_token', 'expired'),
    ),
  },
]
