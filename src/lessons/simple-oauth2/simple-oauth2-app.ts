// FastAPI's tutorial003: a real password check against a user table, and a token that is simply
// the username. Deliberately insecure: lesson 4 replaces the token with a signed JWT.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
import {
  oauth2PasswordRequestForm,
  oauth2PasswordRequestFormStrict,
} from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import { dependency, depends, schemeDependency } from '../../server/dependencies'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import type { JsonBodyModel } from '../../server/bodies/json-body'
import { SPEC_EXACT_SWITCH } from '../shared/spec-exact-switch'
import { invalidGrant, NO_STORE, specExactExceptionHandlers } from '../shared/spec-exact-token-endpoint'
import { ABSOLUTE_TOKEN_URL, JSON_LOGIN, NO_MULTIPART, PERSIST_AUTHORIZATION, TOKEN_KEY } from './mistake-ids'

/** tutorial003's `UserInDB`: `User`'s fields in declaration order, then `hashed_password`. */
export interface UserInDB {
  readonly username: string
  readonly email: string | null
  readonly full_name: string | null
  readonly disabled: boolean | null
  readonly hashed_password: string
}

// A Map, not an object literal: a username such as "constructor" must not find anything.
export const fakeUsersDb: ReadonlyMap<string, UserInDB> = new Map([
  [
    'johndoe',
    {
      username: 'johndoe',
      email: 'johndoe@example.com',
      full_name: 'John Doe',
      disabled: false,
      hashed_password: 'fakehashedsecret',
    },
  ],
  [
    'alice',
    {
      username: 'alice',
      email: 'alice@example.com',
      full_name: 'Alice Wonderson',
      disabled: true,
      hashed_password: 'fakehashedsecret2',
    },
  ],
])

export function fakeHashPassword(password: string): string {
  return `fakehashed${password}`
}

/** Names the user a learner probably meant when only the letter case is off. */
function caseHint(name: string): string {
  const meant = [...fakeUsersDb.keys()].find((username) => username.toLowerCase() === name.toLowerCase())
  return meant === undefined ? '' : ` (usernames are case-sensitive: did you mean "${meant}"?)`
}

function incorrectLogin(why: string): HTTPException {
  return new HTTPException(400, 'Incorrect username or password', { why })
}

/** `get_current_user`: the token is looked up as a username. */
function userOfToken(token: string, release: FastApiRelease): UserInDB {
  const user = fakeUsersDb.get(token)
  if (!user) {
    const why =
      token === ''
        ? 'The token is empty. In this app the token is a username, and no user has an empty name.'
        : token === 'undefined'
          ? 'The token is the word "undefined": Swagger UI read access_token from the login answer, found none, ' +
            'and sent what JavaScript gives for a missing key. No user is called that.'
          : `No user is called "${token}"${caseHint(token)}. In this app the token must be a username, exactly.`
    const headers = { 'WWW-Authenticate': 'Bearer' }
    // The tutorial as FastAPI 0.92's docs shipped it named the failure differently (row
    // `tutorial003-invalid-credentials` of docs/fastapi-behaviour.md#what-fastapi-092-did-differently).
    if (release === '0.92') {
      throw new HTTPException(401, 'Invalid authentication credentials', {
        headers,
        why,
        releaseChange: 'tutorial003-invalid-credentials',
      })
    }
    throw new HTTPException(401, 'Not authenticated', { headers, why })
  }
  return user
}

/** `get_current_active_user`: a disabled user logs in, but is turned away here. */
function activeUser(user: UserInDB): UserInDB {
  if (user.disabled) {
    throw new HTTPException(400, 'Inactive user', {
      why: `the token names ${user.username}, but ${user.username} is disabled`,
    })
  }
  return user
}

/**
 * The password check of `login`, whichever way the username and password arrived; `refuse` is
 * the tutorial's HTTPException, or main_spec_exact.py's TokenError.
 */
function checkLogin(
  form: { readonly username: string; readonly password: string },
  refuse: (why: string) => Error,
): UserInDB {
  const user = fakeUsersDb.get(form.username)
  if (!user) {
    throw refuse(`No user is called "${form.username}"${caseHint(form.username)}.`)
  }
  const hashed = fakeHashPassword(form.password)
  if (hashed !== user.hashed_password) {
    throw refuse(
      `The password does not match ${user.username}'s: it "hashes" to "${hashed}", ` +
        `but the stored hash is "${user.hashed_password}".`,
    )
  }
  // Disabled users get a token too; they are turned away only when they use it.
  return user
}

/** The `json-login` mistake's `LoginRequest(BaseModel)`: a JSON body instead of the password form. */
const loginRequest: JsonBodyModel<{ username: string; password: string }> = {
  name: 'LoginRequest',
  fields: ['username', 'password'],
  build: (values) => ({ username: values.username ?? '', password: values.password ?? '' }),
}

/**
 * tutorial003, or the same app with one of the lesson's mistakes switched on (their ids are in
 * mistake-ids.ts; the faulty Python is in mistakes.ts), or as main_spec_exact.py changes it.
 */
export function createSimpleOAuth2App(
  enabled: ReadonlySet<string> = new Set(),
  release: FastApiRelease = 'current',
): FastApiApp {
  const oauth2Scheme = schemeDependency(
    'oauth2_scheme',
    oauth2PasswordBearer({ tokenUrl: enabled.has(ABSOLUTE_TOKEN_URL) ? '/token' : 'token' }),
  )
  const getCurrentUser = dependency({
    name: 'get_current_user',
    params: { token: depends(oauth2Scheme) },
    call: ({ token }, { release }) => userOfToken(token, release),
  })
  const getCurrentActiveUser = dependency({
    name: 'get_current_active_user',
    params: { current_user: depends(getCurrentUser) },
    call: ({ current_user }) => activeUser(current_user),
  })
  const specExact = enabled.has(SPEC_EXACT_SWITCH)
  const refuse = specExact ? invalidGrant : incorrectLogin
  const tokenKey = enabled.has(TOKEN_KEY) ? 'token' : 'access_token'
  const token = (user: UserInDB, response: { readonly headers: Headers }) => {
    // main_spec_exact.py's `response.headers.update(NO_STORE)`, on the token only.
    if (specExact) for (const [name, value] of Object.entries(NO_STORE)) response.headers.set(name, value)
    return { [tokenKey]: user.username, token_type: 'bearer' }
  }

  const login = enabled.has(JSON_LOGIN)
    ? defineRoute({
        method: 'POST',
        path: '/token',
        name: 'login',
        jsonBody: loginRequest,
        endpoint: ({ body, response }) => token(checkLogin(body, refuse), response),
      })
    : defineRoute({
        method: 'POST',
        path: '/token',
        name: 'login',
        form: specExact ? oauth2PasswordRequestFormStrict : oauth2PasswordRequestForm,
        endpoint: ({ form, response }) => token(checkLogin(form, refuse), response),
      })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me',
    name: 'read_users_me',
    params: { current_user: depends(getCurrentActiveUser) },
    // No response model: the stored user goes out whole, hashed_password included.
    endpoint: ({ params: { current_user } }) => current_user,
  })

  return createFastApiApp([login, readUsersMe], {
    release,
    multipartInstalled: !enabled.has(NO_MULTIPART),
    swaggerUiParameters: enabled.has(PERSIST_AUTHORIZATION) ? { persistAuthorization: true } : {},
    exceptionHandlers: specExact ? specExactExceptionHandlers('login') : {},
  })
}
