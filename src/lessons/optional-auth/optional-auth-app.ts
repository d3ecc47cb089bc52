// The lesson's app (main.py): OAuth2PasswordBearer and APIKeyHeader with auto_error=False, so that
// /greeting serves anonymous and logged-in visitors and /reports takes a token or a key; HTTPBearer
// reading the same header beside OAuth2PasswordBearer; and HTTPDigest, which checks nothing.
import { dependency, depends, schemeDependency } from '../../server/dependencies'
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import { defineRoute } from '../../server/route'
import { apiKeyHeader, apiKeyQuery } from '../../server/security/api-key'
import { httpBearer } from '../../server/security/http-bearer'
import { httpDigest } from '../../server/security/http-digest'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import { API_KEY_IN_QUERY } from './mistake-ids'

interface StoredUser {
  readonly username: string
  readonly full_name: string
  readonly hashed_password: string
}

/** main.py's `User`: what get_optional_user returns. */
interface User {
  readonly username: string
  readonly full_name: string
}

/** main.py's `Caller`: who called /reports, and with which credential. */
interface Caller {
  readonly name: string
  readonly via: 'bearer token' | 'API key'
}

// Maps, not object literals: a token such as "constructor" must find no one.
export const fakeUsersDb: ReadonlyMap<string, StoredUser> = new Map([
  ['johndoe', { username: 'johndoe', full_name: 'John Doe', hashed_password: 'fakehashedsecret' }],
  ['alice', { username: 'alice', full_name: 'Alice Wonderson', hashed_password: 'fakehashedsecret2' }],
])

export const fakeApiKeys: ReadonlyMap<string, string> = new Map([['robot-key', 'report-robot']])

function fakeHashPassword(password: string): string {
  return `fakehashed${password}`
}

/** `get_optional_user`: None without a token; a token that came must name a user. */
function optionalUser(token: string | null): User | null {
  if (token === null) return null
  const user = fakeUsersDb.get(token)
  if (!user) {
    const why =
      token === ''
        ? '`Authorization: Bearer` with nothing after it is an empty token, not a missing one, so it is ' +
          'checked, and no user has an empty name.'
        : `No user is called "${token}". A token that came is checked even here: auto_error=False ` +
          'forgives a missing credential, never a wrong one.'
    throw new HTTPException(401, 'Invalid token', {
      headers: { 'WWW-Authenticate': 'Bearer' },
      why,
      check: 'invalid-token',
    })
  }
  return { username: user.username, full_name: user.full_name }
}

/** `get_caller`: the token if it names a user, else the key if it names a client, else 401. */
function caller(token: string | null, apiKey: string | null, keyPlace: string): Caller {
  if (token !== null && fakeUsersDb.has(token)) return { name: token, via: 'bearer token' }
  const client = apiKey === null ? undefined : fakeApiKeys.get(apiKey)
  if (client !== undefined) return { name: client, via: 'API key' }
  const tokenPart = token === null ? 'no bearer token came' : `the bearer token "${token}" names no user`
  const keyPart = apiKey === null ? `no ${keyPlace} came` : `the API key "${apiKey}" is not in fake_api_keys`
  throw new HTTPException(401, 'Not authenticated', {
    headers: { 'WWW-Authenticate': 'Bearer, APIKey' },
    why: `Neither credential names anyone: ${tokenPart}, and ${keyPart}.`,
    check: 'neither-credential',
  })
}

/** main.py, or the same app with the lesson's mistake (mistakes.ts) switched on. */
export function createOptionalAuthApp(enabled: ReadonlySet<string> = new Set()): FastApiApp {
  const oauth2Scheme = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token', autoError: false }))
  const inQuery = enabled.has(API_KEY_IN_QUERY)
  const apiKeyScheme = inQuery
    ? schemeDependency('api_key_query', apiKeyQuery({ name: 'api_key', autoError: false }))
    : schemeDependency('api_key_header', apiKeyHeader({ name: 'X-API-Key', autoError: false }))
  const keyPlace = inQuery ? 'api_key query parameter' : 'X-API-Key header'
  const httpBearerScheme = schemeDependency('http_bearer', httpBearer({ autoError: false }))
  const digestScheme = schemeDependency('digest_scheme', httpDigest())

  const getOptionalUser = dependency({
    name: 'get_optional_user',
    params: { token: depends(oauth2Scheme) },
    call: ({ token }) => optionalUser(token),
  })
  const getCaller = dependency({
    name: 'get_caller',
    params: { token: depends(oauth2Scheme), api_key: depends(apiKeyScheme) },
    call: ({ token, api_key }) => caller(token, api_key, keyPlace),
  })

  const login = defineRoute({
    method: 'POST',
    path: '/token',
    name: 'login',
    form: oauth2PasswordRequestForm,
    endpoint: ({ form }) => {
      const user = fakeUsersDb.get(form.username)
      if (!user || fakeHashPassword(form.password) !== user.hashed_password) {
        const why = user
          ? `The password does not match ${user.username}'s.`
          : `No user is called "${form.username}" (usernames are case-sensitive).`
        throw new HTTPException(400, 'Incorrect username or password', { why })
      }
      return { access_token: user.username, token_type: 'bearer' }
    },
  })

  const readGreeting = defineRoute({
    method: 'GET',
    path: '/greeting',
    name: 'read_greeting',
    params: { user: depends(getOptionalUser) },
    endpoint: ({ params: { user } }) =>
      user === null
        ? { message: 'Hello, stranger', logged_in: false }
        : { message: `Hello, ${user.full_name}`, logged_in: true },
  })

  const readReports = defineRoute({
    method: 'GET',
    path: '/reports',
    name: 'read_reports',
    params: { caller: depends(getCaller) },
    endpoint: ({ params }) => ({ caller: params.caller.name, via: params.caller.via }),
  })

  const readTokenReaders = defineRoute({
    method: 'GET',
    path: '/token-readers',
    name: 'read_token_readers',
    params: { token: depends(oauth2Scheme), credentials: depends(httpBearerScheme) },
    endpoint: ({ params: { token, credentials } }) => ({
      oauth2_scheme: token,
      http_bearer: credentials && { scheme: credentials.scheme, credentials: credentials.credentials },
    }),
  })

  const readDigest = defineRoute({
    method: 'GET',
    path: '/digest',
    name: 'read_digest',
    params: { credentials: depends(digestScheme) },
    endpoint: ({ params: { credentials } }) => ({ scheme: credentials.scheme, credentials: credentials.credentials }),
  })

  return createFastApiApp([login, readGreeting, readReports, readTokenReaders, readDigest])
}
