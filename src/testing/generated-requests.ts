// Bad and borderline requests for the agreement tests, built as small cross products so that each
// rule (scheme words, separators, whitespace, base64, form fields, methods, slashes) meets the
// others. Header values never start or end with HTTP whitespace: a browser would trim it
// (docs/fastapi-behaviour.md#what-a-browser-does-to-header-values).
import type { OracleRequest } from './fastapi-092-oracle'

const FORM = 'application/x-www-form-urlencoded'
const BOUNDARY = 'playground-boundary'

const SCHEME_WORDS = ['Bearer', 'bearer', 'BEARER', 'Token', 'Basic', 'Bearerx']
const SEPARATORS = [' ', '  ', '\t', ' \u00a0']
const TOKENS = ['johndoe', 'alice', 'nobody', 'JohnDoe', 'x', 'a b', 'johndoe\u000b', 'johndoe\u0085', 'a.b.c==']

/** Authorization values for a bearer-protected path: every scheme word, separator and token. */
export function bearerAuthorizations(): string[] {
  const values = ['', 'Bearer', 'bearer', 'Token', 'Basic am9objpzZWNyZXQ=', 'Bearer\u000b', 'Bearer \u00a0']
  for (const scheme of SCHEME_WORDS) {
    for (const separator of SEPARATORS) {
      for (const token of TOKENS) values.push(`${scheme}${separator}${token}`)
    }
  }
  return values
}

const BASIC_PARAMS = [
  'am9objpzZWNyZXQ=', // john:secret
  'c3RhbmxleWpvYnNvbjpzd29yZGZpc2g=', // stanleyjobson:swordfish
  'c3RhbmxleWpvYnNvbjpzd29yZGZpc2g', // the same without padding
  'c3RhbmxleWpvYnNvbjp3cm9uZw==', // stanleyjobson:wrong
  'U3RhbmxleWpvYnNvbjpzd29yZGZpc2g=', // Stanleyjobson:swordfish
  'am9o!bjpzZWNyZXQ=',
  'am9objpzZWNyZXQ=am9o',
  'a=m9o',
  'YT8+OmI=',
  'YT8-OmI=',
  'notabase64token',
  'am9obnNlY3JldA==', // johnsecret: no colon
  'asO2aG46c2VjcmV0', // jöhn:secret in UTF-8: not ASCII
  'Og==',
  'am9objpzZTpjcmV0',
  'am9objpzZWNyZXQ=\u00a0',
  'am9objpzZWNyZXQ=\u000b',
  '\u00e9',
]

/** Authorization values for an HTTPBasic path. */
export function basicAuthorizations(): string[] {
  const values = ['', 'Basic', 'basic', 'Bearer johndoe', 'Token x', 'Basicam9objpzZWNyZXQ=']
  for (const scheme of ['Basic', 'basic', 'BASIC', 'Bearer']) {
    for (const separator of [' ', '  ', '\t']) {
      for (const param of BASIC_PARAMS) values.push(`${scheme}${separator}${param}`)
    }
  }
  return values
}

/** Authorization values for an HTTPDigest path: the scheme words, separators and credentials it meets. */
export function digestAuthorizations(): string[] {
  const values = ['', 'Digest', 'digest', 'Digest \u00a0', 'Basic am9objpzZWNyZXQ=', 'Bearer johndoe']
  for (const scheme of ['Digest', 'digest', 'DIGEST', 'Bearer', 'Digestx']) {
    for (const separator of [' ', '  ', '\t', ' \u00a0']) {
      for (const param of ['x', 'username="johndoe", response="made-up"', 'a b', 'x\u000b']) {
        values.push(`${scheme}${separator}${param}`)
      }
    }
  }
  return values
}

/**
 * GET `path` with an API key header (none, or each of `keys` under each spelling of its name) beside
 * each Authorization value (none first), and with the key in the query string instead, where a
 * header scheme must not find it.
 */
export function apiKeyHeaderRequests(
  path: string,
  name: string,
  keys: readonly string[],
  authorizations: readonly string[],
): OracleRequest[] {
  const keyHeaders: (readonly [string, string])[][] = [
    [],
    ...keys.map((key) => [[name, key] as const]),
    ...[name.toLowerCase(), name.toUpperCase(), name.replace(/-/g, '_')].map((spelling) => [
      [spelling, keys[0] ?? ''] as const,
    ]),
  ]
  const requests: OracleRequest[] = []
  for (const keyHeader of keyHeaders) {
    for (const authorization of [undefined, ...authorizations]) {
      const headers =
        authorization === undefined ? keyHeader : [...keyHeader, ['authorization', authorization] as const]
      requests.push({ method: 'GET', path, headers })
    }
  }
  for (const key of keys) {
    requests.push({ method: 'GET', path: `${path}?${encodeURIComponent(name)}=${encodeURIComponent(key)}` })
    requests.push({ method: 'GET', path: `${path}?api_key=${encodeURIComponent(key)}` })
  }
  return requests
}

/** GET `path` with each Authorization value (none at all first). */
export function authorizationRequests(path: string, authorizations: readonly string[]): OracleRequest[] {
  return [
    { method: 'GET', path },
    ...authorizations.map((value) => ({ method: 'GET', path, headers: [['authorization', value]] as const })),
  ]
}

/** The values tried for each field of the password form; `undefined` leaves the field out. */
export interface PasswordFormChoices {
  readonly grantTypes: readonly (string | undefined)[]
  readonly usernames: readonly (string | undefined)[]
  readonly passwords: readonly (string | undefined)[]
}

const EVERY_CHOICE: PasswordFormChoices = {
  grantTypes: [undefined, '', 'password', 'passwordX', 'xpassword', 'PASSWORD', 'password ', 'foo'],
  usernames: [undefined, '', 'johndoe', 'alice', 'JohnDoe', 'nobody'],
  passwords: [undefined, '', 'secret', 'secret2', 'wrong'],
}

/**
 * The password form at `path`: grant_type × username × password, then other encodings. Apps that
 * hash with Argon2 pass fewer choices: each login that passes validation costs one Argon2 run.
 */
export function tokenRequests(path: string, choices: PasswordFormChoices = EVERY_CHOICE): OracleRequest[] {
  const requests: OracleRequest[] = []
  for (const grantType of choices.grantTypes) {
    for (const username of choices.usernames) {
      for (const password of choices.passwords) {
        const fields: string[] = []
        if (grantType !== undefined) fields.push(`grant_type=${encodeURIComponent(grantType)}`)
        if (username !== undefined) fields.push(`username=${username}`)
        if (password !== undefined) fields.push(`password=${password}`)
        requests.push({ method: 'POST', path, headers: [['content-type', FORM]], body: fields.join('&') })
      }
    }
  }
  const login = 'username=johndoe&password=secret'
  requests.push(
    { method: 'POST', path },
    {
      method: 'POST',
      path,
      headers: [['content-type', 'application/json']],
      body: JSON.stringify({ username: 'johndoe', password: 'secret' }),
    },
    { method: 'POST', path, headers: [['content-type', 'text/plain']], body: login },
    {
      method: 'POST',
      path,
      headers: [['content-type', `${FORM}; charset=UTF-8`]],
      body: `${login}&scope=me+items&client_id=cid`,
    },
    {
      method: 'POST',
      path,
      headers: [['content-type', FORM]],
      body: 'username=first&username=johndoe&password=secret',
    },
    { method: 'POST', path, headers: [['content-type', 'multipart/form-data']], body: login },
    {
      method: 'POST',
      path,
      headers: [['content-type', `multipart/form-data; boundary=${BOUNDARY}`]],
      body: multipart({ username: 'johndoe', password: 'secret' }),
    },
    {
      method: 'POST',
      path,
      headers: [['content-type', `multipart/form-data; boundary=${BOUNDARY}`]],
      body: multipart({ grant_type: 'passwordX', username: 'johndoe', password: 'secret' }),
    },
    {
      method: 'POST',
      path,
      headers: [['content-type', `multipart/form-data; boundary=${BOUNDARY}`]],
      body: multipart({ username: 'johndoe' }),
    },
  )
  return requests
}

/**
 * Form bodies at the edges of the urlencoded and multipart parsers: separators, empty and nameless
 * fields, bad escapes, raw non-ASCII bytes, repeats, content-type spellings (some of which FastAPI
 * 0.92 reads as no form), and the multipart bodies of multipartEdgeBodies. Both agreement tests
 * send them; the release-mark test does not (see LessonUnderTest.parserRequests).
 */
export function formEncodingRequests(path: string): OracleRequest[] {
  const login = 'username=johndoe&password=secret'
  const bodies = [
    'username=johndoe;password=secret',
    `${login};scope=me`,
    '&&username=johndoe&&password=secret&',
    'username&password=secret',
    '=x&username=johndoe&password=secret',
    'username=%zz&password=secret',
    'username=j%C3%B6hn&password=x',
    'username=%FF&password=x',
    'username=johndoe&password=se+cret%2B',
    `${login}&username=`,
    `${login}&grant_type=password&grant_type=foo`,
    `${login}&scope=me;items`,
    // Raw UTF-8 bytes, read as Latin-1: the euro sign's 0x82 is U+0082, not windows-1252's U+201A.
    `${login}&grant_type=pass€`,
  ]
  const contentTypes = [
    'Application/X-WWW-Form-Urlencoded',
    `${FORM} ; charset=utf-8`,
    `${FORM};charset=latin-1`,
    'Application/X-WWW-Form-Urlencoded; charset=utf-8',
    `${FORM}2`,
    'text/html',
  ]
  return [
    ...bodies.map((body) => ({ method: 'POST', path, headers: [['content-type', FORM]] as const, body })),
    ...contentTypes.map((type) => ({ method: 'POST', path, headers: [['content-type', type]] as const, body: login })),
    ...multipartEdgeBodies().map(([type, body]) => ({
      method: 'POST',
      path,
      headers: [['content-type', type]] as const,
      body,
    })),
  ]
}

/**
 * Multipart bodies Swagger UI never sends, as [content type, body], each there for a rule of
 * python-multipart's parser or Starlette's MultiPartParser (src/server/forms/read-multipart.ts):
 * bodies cut short keep the parts they finished; a part without a name is Starlette's 400; a part
 * with a filename is an UploadFile, which a `str` field refuses; and where FastAPI 0.92's
 * python-multipart 0.0.5 read otherwise (preambles, `--boundary--` alone, header names and limits,
 * delimiter padding, parameter syntax).
 */
export function multipartEdgeBodies(): [string, string][] {
  const type = `multipart/form-data; boundary=${BOUNDARY}`
  const delimiter = `--${BOUNDARY}`
  const part = (name: string, value: string, disposition = `form-data; name="${name}"`, headers = '') =>
    `${delimiter}\r\nContent-Disposition: ${disposition}\r\n${headers}\r\n${value}\r\n`
  const username = part('username', 'johndoe')
  const password = part('password', 'secret')
  const parts = username + password
  const closed = (...body: string[]) => `${body.join('')}${delimiter}--\r\n`
  const asUsername = (disposition: string, headers = '') => closed(part('', 'johndoe', disposition, headers), password)
  const fields1001 = Array.from({ length: 1001 }, (_, index) => part(`field${index}`, 'x')).join('')
  return [
    [`multipart/form-data; boundary="${BOUNDARY}"`, closed(parts)],
    [`multipart/form-data; BOUNDARY=${BOUNDARY}`, closed(parts)],
    [`Multipart/Form-Data; boundary=${BOUNDARY}`, closed(parts)],
    [`multipart/form-data ; boundary=${BOUNDARY}`, closed(parts)],
    [`multipart/form-data; boundary=${BOUNDARY} x`, closed(parts)],
    ['multipart/form-data; boundary=', closed(parts)],
    [`${type}; charset=latin-1`, closed(parts, part('grant_type', 'passwörd'))],
    [`${type}; charset=utf-16`, closed(parts)],
    [type, 'username=johndoe&password=secret'],
    [type, closed(parts).replace(/\r\n/g, '\n')],
    [type, ''],
    // Cut short: after a part, inside one, inside a delimiter, inside headers.
    [type, parts],
    [type, `${username}${password.slice(0, -2)}`],
    [type, `${parts}${delimiter}`],
    [type, `${username}${delimiter}\r\nContent-Dispo`],
    // Names: none, none at all, an empty one, quoted, escaped, unquoted, repeated, extended.
    [type, closed(username, part('password', 'secret', 'form-data'))],
    [type, closed(`${delimiter}\r\n\r\nx\r\n`, parts)],
    [type, closed(part('', 'x', 'form-data; name'), parts)],
    [type, asUsername('form-data; name="user\\"name"')],
    [type, asUsername('form-data; name=username')],
    [type, asUsername('form-data; NAME = "username"')],
    [type, asUsername('form-data; name="x"; name="username"')],
    [type, asUsername("form-data; name*=UTF-8''username")],
    [type, asUsername('form-data; name="username"\n')],
    // Before the first delimiter and after the last.
    [type, `preamble\r\n${closed(parts)}`],
    [type, `\r\npreamble\r\n${closed(parts)}`],
    [type, `${closed(parts)}epilogue`],
    [type, `${delimiter}--\r\n`],
    // Header lines: a name with a digit and underscore, no colon, a lone CR, too many, too long.
    [type, asUsername('form-data; name="username"', 'X_1: a\r\n')],
    [type, asUsername('form-data; name="username"', 'Stray\r\n')],
    [type, asUsername('form-data; name="username"\rX')],
    [type, asUsername('form-data; name="username"', 'X-A: 1\r\n'.repeat(8))],
    [type, asUsername('form-data; name="username"', `X-A: ${'a'.repeat(4300)}\r\n`)],
    // A delimiter padded with spaces, and one followed by other bytes (data).
    [type, closed(username, `${delimiter} \t\r\n`, password.slice(delimiter.length + 2))],
    [type, closed(part('username', `johndoe\r\n${delimiter}x`), password)],
    // Files: for a string field, for an optional one, and an empty file input.
    [type, closed(part('username', 'johndoe', 'form-data; name="username"; filename="name.txt"'), password)],
    [type, closed(parts, part('grant_type', 'ab\ncd', 'form-data; name="grant_type"; filename="C:\\\\g.txt"'))],
    [type, closed(part('username', '', 'form-data; name="username"; filename=""'), password)],
    // Starlette's limits: 1000 fields, 1 MiB a part.
    [type, closed(fields1001, parts)],
    [type, closed(part('username', 'x'.repeat(1024 * 1024 + 1)), password)],
  ]
}

/** Methods and slashes around the app's routes: 404, 405 (HEAD too) and redirect_slashes' 307. */
export function routingRequests(paths: readonly string[]): OracleRequest[] {
  const requests: OracleRequest[] = []
  const variants = new Set<string>(['/nope', '/openapi.json/', '/ITEMS/', '/docs/'])
  for (const path of paths) {
    variants.add(path)
    variants.add(path.endsWith('/') ? path.slice(0, -1) : `${path}/`)
    variants.add(`${path}//`)
    variants.add(`${path}?x=1&y=2`)
  }
  for (const path of variants) {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      requests.push({ method, path })
    }
  }
  return requests
}

/** Swagger UI's multipart body for `fields`. */
function multipart(fields: Readonly<Record<string, string>>): string {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  return `${parts.join('')}--${BOUNDARY}--\r\n`
}
