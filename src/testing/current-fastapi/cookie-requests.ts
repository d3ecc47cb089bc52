// Requests for the cookie lesson: its protected route with the Cookie header spelt every way a
// client may send it (Starlette's parser is lenient: quotes, repeats, spaces, chunks without a
// name), the JWTs of the JWT lessons in it, and its logout with and without a cookie. The cookie
// goes in explicitly: keeping it between requests is the browser's part, not FastAPI's.
import type { OracleRequest } from '../fastapi-092-oracle'

const PROTECTED = '/users/me'

/** Every token as the cookie's whole value, then the first (a login's at the frozen instant) spelt many ways. */
export function cookieRequests(tokens: readonly string[]): OracleRequest[] {
  const [john = 'x'] = tokens
  const headers = [
    ...tokens.map((token) => `access_token=${token}`),
    `access_token="${john}"`,
    `access_token = ${john}`,
    `theme=dark; access_token=${john}`,
    `access_token=${john}; theme=dark`,
    `access_token=${john};`,
    `access_token=x; access_token=${john}`,
    `access_token=${john}; access_token=x`,
    `access_token=${john}; access_token=`,
    `Access_Token=${john}`,
    `access_token2=${john}`,
    `=${john}`,
    john,
    `access_token="Bearer ${john}"`,
    `access_token=Bearer ${john}`,
    `access_token="\\"${john}"`,
    `access_token="${john}`,
    `access_token=${john}"`,
    `access_token=${john}=`,
    `access_token=%22${john}%22`,
    'access_token=',
    'access_token=""',
    'access_token=" "',
    'access_token="\\101"',
    'access_token',
    ';;',
    'access_token=\u00a0',
    `access_token=\u00a0${john}`,
    'access_token=x',
  ]
  return [
    { method: 'GET', path: PROTECTED },
    ...headers.map((cookie) => ({ method: 'GET', path: PROTECTED, headers: [['cookie', cookie]] as const })),
    { method: 'HEAD', path: PROTECTED, headers: [['cookie', `access_token=${john}`]] },
    { method: 'POST', path: '/logout' },
    { method: 'POST', path: '/logout', headers: [['cookie', `access_token=${john}`]] },
    { method: 'POST', path: '/logout', headers: [['cookie', 'access_token=x']] },
    { method: 'GET', path: '/logout', headers: [['cookie', `access_token=${john}`]] },
    {
      method: 'POST',
      path: '/login',
      headers: [
        ['cookie', `access_token=${john}`],
        ['content-type', 'application/x-www-form-urlencoded'],
      ],
      body: 'username=johndoe&password=secret',
    },
  ]
}
