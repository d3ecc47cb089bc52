import type { Experiment } from '../experiment'
import { answers, bodyField, observe, request, responseHeader } from '../observations'
import { rejectedBy } from '../why-observations'

export const experiments: readonly Experiment[] = [
  {
    id: 'no-credentials',
    title: 'Call the API without credentials',
    steps: [{ action: 'execute', method: 'GET', path: '/users/me' }],
    look:
      '`401 Not authenticated` with `www-authenticate: Basic`. In a browser tab that header makes the ' +
      'browser ask for a username and password itself; here the answer comes from the page, so no ' +
      'prompt appears and you just see the challenge.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      responseHeader('www-authenticate', 'Basic'),
      rejectedBy('HTTPBasic', 'no-authorization-header'),
    ),
  },
  {
    id: 'password-on-every-request',
    title: 'Send a username and password',
    steps: [
      { action: 'authorize-basic', username: 'john', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'The Authorize dialog sent nothing: Swagger UI only kept the pair. On Execute it sent ' +
      '`Authorization: Basic am9objpzZWNyZXQ=`, which the panel decodes to `john:secret` in one step. ' +
      'The password travels with every request.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('password', 'secret')),
  },
  {
    id: 'first-colon',
    title: 'Put a colon in the password',
    steps: [
      { action: 'authorize-basic', username: 'john', password: 'se:cret' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'The password comes back as `se:cret`: `HTTPBasic` splits at the first colon only. That is also ' +
      'why a Basic username can never contain one.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('password', 'se:cret')),
  },
  {
    id: 'not-ascii',
    title: 'Use a name that is not ASCII',
    steps: [
      { action: 'authorize-basic', username: 'jöhn', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'Swagger UI’s `btoa` wrote `ö` as the single byte `0xF6`. `HTTPBasic` decodes the pair as ASCII, ' +
      'fails, and answers the same 401 as for no header at all; **Why** tells the two apart.',
    observation: observe(request('GET', '/users/me'), answers(401), rejectedBy('HTTPBasic', 'not-ascii')),
  },
  {
    id: 'no-colon',
    title: 'Send a pair without a colon',
    steps: [{ action: 'send', method: 'GET', path: '/users/me', headers: { Authorization: 'Basic am9obg==' } }],
    look:
      '`am9obg==` is base64 for `john`, with no colon and so no password. `HTTPBasic` cannot split it ' +
      'and answers 401 before the function runs.',
    observation: observe(request('GET', '/users/me'), answers(401), rejectedBy('HTTPBasic', 'no-colon')),
  },
]
