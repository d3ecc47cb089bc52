import type { Experiment } from '../experiment'
import { answers, observe, request, withoutHeader } from '../observations'
import { noSuchRoute, passedWith, redirectedTo, rejectedBy } from '../why-observations'
import { STAND_IN_TOKEN_SWITCH } from '../stand-in-token'

export const experiments: readonly Experiment[] = [
  {
    id: 'no-token',
    title: 'Call the API without a token',
    steps: [{ action: 'execute', method: 'GET', path: '/items/' }],
    look:
      'In **HTTP traffic**, the newest row is `GET /items/ 401`. Its response carries ' +
      '`www-authenticate: Bearer`, and **Why** says that `OAuth2PasswordBearer` answered before ' +
      '`read_items` ever ran: the dependency guards the function.',
    observation: observe(
      request('GET', '/items/'),
      answers(401),
      rejectedBy('OAuth2PasswordBearer', 'no-authorization-header'),
    ),
  },
  {
    id: 'token-url-not-found',
    title: 'Follow the password form to tokenUrl',
    steps: [{ action: 'authorize', username: 'alice', password: 'secret' }],
    look:
      'The dialog says `Error: Not Found`. In **HTTP traffic**, `POST /token 404` shows where the form went: ' +
      'Swagger UI resolved `tokenUrl="token"` against the page, and this app declares no such route. ' +
      'The request also carries `Authorization: Basic Og==`, an empty client id and secret that ' +
      'Swagger UI adds on its own and the password form ignores.',
    observation: observe(request('POST', '/token'), answers(404), noSuchRoute()),
  },
  {
    id: 'send-the-token',
    title: 'Log in through a stand-in and send the token',
    steps: [
      { action: 'switch', switchId: STAND_IN_TOKEN_SWITCH },
      { action: 'authorize', username: 'alice', password: 'secret' },
      { action: 'execute', method: 'GET', path: '/items/' },
    ],
    look:
      'Select `GET /items/ 200` in **HTTP traffic**: the request header is `Authorization: Bearer alice`, ' +
      'the token the stand-in issued (the row says which login issued it), and `read_items` received ' +
      'it as `token`.',
    observation: observe(request('GET', '/items/'), answers(200), passedWith('OAuth2PasswordBearer', 'alice')),
  },
  {
    id: 'empty-bearer',
    title: 'Send “Bearer” with nothing after it',
    steps: [{ action: 'send', method: 'GET', path: '/items/', headers: { Authorization: 'Bearer' } }],
    look:
      'The answer is `200 {"token": ""}`: `OAuth2PasswordBearer` only checks that the scheme is ' +
      '`Bearer` (in any case) and hands over whatever follows, here nothing. Checking the token is ' +
      'your code’s job, as the next lessons show.',
    observation: observe(request('GET', '/items/'), answers(200), passedWith('OAuth2PasswordBearer', '')),
  },
  {
    id: 'trailing-slash',
    title: 'Leave out the trailing slash',
    steps: [{ action: 'send', method: 'GET', path: '/items' }],
    look:
      'Two rows appear: `GET /items 307`, whose `location` header points at `/items/`, and the ' +
      '`GET /items/ 401` the browser sent when it followed the redirect. The router answers the ' +
      'redirect before any security runs.',
    observation: observe(
      request('GET', '/items'),
      withoutHeader('Authorization'),
      answers(307),
      redirectedTo('/items/'),
    ),
  },
]
