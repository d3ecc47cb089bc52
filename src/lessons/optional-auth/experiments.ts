import type { Experiment } from '../experiment'
import { answers, bodyField, detail, observe, request, responseHeader } from '../observations'
import { handedNone, passedWith, raisedBy } from '../why-observations'

export const experiments: readonly Experiment[] = [
  {
    id: 'anonymous-greeting',
    title: 'Be greeted without logging in',
    steps: [{ action: 'logout' }, { action: 'execute', method: 'GET', path: '/greeting' }],
    look:
      '`200` with `"logged_in":false`, although no `Authorization` header went out. In **Why**, ' +
      '`oauth2_scheme` hands `None` to `get_optional_user` instead of answering 401, and ' +
      '`read_greeting` picks the anonymous answer. Without `auto_error=False` the same request would ' +
      'have been a 401 before any of the app’s own code ran.',
    observation: observe(
      request('GET', '/greeting'),
      answers(200),
      bodyField('logged_in', false),
      handedNone('OAuth2PasswordBearer', 'no-authorization-header'),
    ),
  },
  {
    id: 'logged-in-greeting',
    title: 'Log in, and be greeted by name',
    steps: [
      { action: 'authorize', username: 'johndoe', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/greeting' },
    ],
    look:
      'The same route now answers `"Hello, John Doe"`: the token `johndoe` arrived, and ' +
      '`get_optional_user` found the user it names. One route, two audiences; only the function ' +
      'decides what each of them sees.',
    observation: observe(
      request('GET', '/greeting'),
      answers(200),
      bodyField('logged_in', true),
      passedWith('OAuth2PasswordBearer', 'johndoe'),
    ),
  },
  {
    id: 'wrong-token-is-not-anonymous',
    title: 'Send a token that names no one',
    steps: [{ action: 'send', method: 'GET', path: '/greeting', headers: { Authorization: 'Bearer nobody' } }],
    look:
      '`401 Invalid token`, not the anonymous greeting. `auto_error=False` covers a **missing** ' +
      'credential only: `oauth2_scheme` handed on `"nobody"`, and `get_optional_user` refused it. A ' +
      'client whose token went stale learns so, instead of silently seeing the page as a stranger.',
    observation: observe(
      request('GET', '/greeting'),
      answers(401),
      detail('Invalid token'),
      raisedBy('get_optional_user', 'read_greeting'),
    ),
  },
  {
    id: 'api-key-instead',
    title: 'Authorize with an API key instead of a token',
    steps: [
      { action: 'logout' },
      { action: 'authorize-api-key', scheme: 'APIKeyHeader', key: 'robot-key' },
      { action: 'execute', method: 'GET', path: '/reports' },
    ],
    look:
      'The dialog has a part for each scheme. Click the padlock of `GET /reports` and it offers just two, ' +
      '`OAuth2PasswordBearer` and `APIKeyHeader`: the operation lists them as two separate requirements, ' +
      'which OpenAPI reads as “either”. Swagger UI sent `X-API-Key: robot-key` and no token, and ' +
      '`get_caller` answered as `report-robot`, `"via":"API key"`.',
    observation: observe(
      request('GET', '/reports'),
      answers(200),
      bodyField('via', 'API key'),
      handedNone('OAuth2PasswordBearer', 'no-authorization-header'),
      passedWith('APIKeyHeader', 'robot-key'),
    ),
  },
  {
    id: 'neither-valid',
    title: 'Send a wrong key and a wrong token',
    steps: [
      {
        action: 'send',
        method: 'GET',
        path: '/reports',
        headers: { Authorization: 'Bearer nobody', 'X-API-Key': 'wrong-key' },
      },
    ],
    look:
      'Both schemes handed their value on (**Why** shows `"nobody"` and `"wrong-key"`): with ' +
      '`auto_error=False` they never refuse. The 401 comes from `get_caller`, once neither value named ' +
      'anyone, and its challenge `Bearer, APIKey` names both ways in. One right credential is enough: ' +
      'change either header and send again.',
    observation: observe(
      request('GET', '/reports'),
      answers(401),
      responseHeader('www-authenticate', 'Bearer, APIKey'),
      raisedBy('get_caller', 'read_reports'),
    ),
  },
  {
    id: 'two-bearer-readers',
    title: 'Send “Bearer” with no token to two readers',
    steps: [{ action: 'send', method: 'GET', path: '/token-readers', headers: { Authorization: 'Bearer' } }],
    look:
      '`oauth2_scheme` comes back as `""` and `http_bearer` as `null`. Both read the same header, and both have ' +
      '`auto_error=False`, yet they disagree: `OAuth2PasswordBearer` wants only the word bearer and ' +
      'hands on an empty token, while `HTTPBearer` wants something after it and hands on `None`. Send ' +
      '`Bearer x` and both agree; `HTTPBearer` then hands on an object with the scheme as sent.',
    observation: observe(
      request('GET', '/token-readers'),
      answers(200),
      bodyField('oauth2_scheme', ''),
      bodyField('http_bearer', null),
      handedNone('HTTPBearer', 'no-credentials'),
    ),
  },
  {
    id: 'digest-unchecked',
    title: 'Send a made-up Digest header',
    steps: [
      {
        action: 'send',
        method: 'GET',
        path: '/digest',
        headers: { Authorization: 'Digest username="johndoe", response="made-up"' },
      },
    ],
    look:
      '`200`, and the whole made-up header comes back. `HTTPDigest` only checked the word `Digest`: ' +
      'the response hash, realm and nonce of real Digest authentication are the app’s to check. ' +
      'Swagger UI cannot send this for you (its dialog calls `digest` unsupported), and Execute ' +
      'without it gets `401` with `www-authenticate: Digest`.',
    observation: observe(
      request('GET', '/digest'),
      answers(200),
      passedWith('HTTPDigest', 'username="johndoe", response="made-up"'),
    ),
  },
]
