// What tutorials 004 and 005 share in their main.py: the JWT settings, johndoe and fake_users_db,
// authenticate_user, create_access_token, get_current_user and get_current_active_user (as functions,
// and declared as the dependencies the routes ask for). Their
// Pydantic models are in jwt-tutorial-models.ts; PyJWT itself is the stand-in's (server/jwt/).
import {
  dependency,
  depends,
  security,
  SECURITY_SCOPES,
  type FunctionDependency,
  type SchemeDependency,
} from '../../server/dependencies'
import { HTTPException } from '../../server/http-exception'
import type { JsonObject, JsonValue } from '../../server/json'
import { describeJwtFailure } from '../../server/jwt/jwt-failure'
import { pyjwtDecode } from '../../server/jwt/pyjwt-decode'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { PasswordVerifier } from '../../server/passwords/password-verifier'
import type { LessonServices } from '../lesson'
import type { UserInDB } from './jwt-tutorial-models'

// The key is public on purpose: it is printed in FastAPI's docs, which is also why anyone can forge
// tokens for these apps. ALGORITHM is "HS256", the one algorithm pyjwtEncode writes and pyjwtDecode accepts.

/** Used as the UTF-8 bytes of this 64-character string; PyJWT does not hex-decode it. */
export const SECRET_KEY = '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7'
export const ACCESS_TOKEN_EXPIRE_MINUTES = 30

/** johndoe, password `secret`, with the Argon2id hash both tutorials store for him. */
export const JOHNDOE: UserInDB = {
  username: 'johndoe',
  full_name: 'John Doe',
  email: 'johndoe@example.com',
  hashed_password: '$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc',
  disabled: false,
}

/**
 * fake_users_db: johndoe, then the lesson's other users; `get` is the tutorials' get_user. A Map, not
 * an object: `username in db` must not find "constructor" or "__proto__".
 */
export function createFakeUsersDb(otherUsers: readonly UserInDB[]): ReadonlyMap<string, UserInDB> {
  return new Map([JOHNDOE, ...otherUsers].map((user) => [user.username, user]))
}

/**
 * Checked against when the username is unknown, so that "no such user" takes as long as "wrong
 * password" and the timing does not reveal which usernames exist. Our own Argon2id hash (same
 * parameters as pwdlib's) of a password nobody types: the Python app hashes one at start-up.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$wdRF8YDb6ft6AQ0gNzehEA$7gWREWbvotCZR6IYbf5VC33xHXaMF/3+U8Id5ywf7qY'

/**
 * The JWT tutorials' authenticate_user: the user, or why the login fails (for the inspector).
 * An unknown username is still checked against DUMMY_HASH, so both failures take as long.
 */
export async function authenticateUser<U extends Pick<UserInDB, 'username' | 'hashed_password'>>(
  fakeUsersDb: ReadonlyMap<string, U>,
  passwords: PasswordVerifier,
  username: string,
  password: string,
): Promise<U | string> {
  const user = fakeUsersDb.get(username)
  if (!user) {
    await passwords.verify(password, DUMMY_HASH)
    return `there is no user ${JSON.stringify(username)}; the password was still checked against DUMMY_HASH, so this answer takes as long as a wrong password`
  }
  if (!(await passwords.verify(password, user.hashed_password))) {
    return `the password does not match the Argon2 hash stored for ${user.username}`
  }
  return user
}

/**
 * The tutorials' create_access_token: the data, then `exp` thirty minutes from now, whole
 * seconds (PyJWT drops the fraction of the datetime). `now` is in milliseconds.
 */
export function createAccessToken(data: JsonObject, now: number): Promise<string> {
  const exp = Math.floor(now / 1000) + ACCESS_TOKEN_EXPIRE_MINUTES * 60
  return pyjwtEncode({ ...data, exp }, SECRET_KEY)
}

/** What get_current_user reads besides the token: the app's users and its clock. */
export interface JwtTutorialApp {
  readonly fakeUsersDb: ReadonlyMap<string, UserInDB>
  readonly services: LessonServices
}

/** `payload.get("scope", "").split(" ")`; anything but a string has no split(), so Python crashes (500). */
function tokenScopes(scope: JsonValue | undefined): string[] {
  if (scope === undefined) return ['']
  if (typeof scope !== 'string') {
    throw new TypeError(`AttributeError: the scope claim ${JSON.stringify(scope)} has no split()`)
  }
  return scope.split(' ')
}

/** The challenge get_current_user sends: the tutorial's, or RFC 6750's with an error code (specExact). */
function challenge(required: readonly string[], specExact: boolean, error: string): string {
  const scope = required.length > 0 ? `scope="${required.join(' ')}"` : undefined
  if (!specExact) return scope === undefined ? 'Bearer' : `Bearer ${scope}`
  return `Bearer error="${error}"${scope === undefined ? '' : `, ${scope}`}`
}

/**
 * get_current_user: the user the token names, or a 401 that says why. tutorial005 passes its
 * SecurityScopes (what the route and the dependencies between require, outermost first): then the
 * challenge names them, the token's scope claim is read, and each of them must be in it.
 * tutorial004 has no SecurityScopes and never reads the scope claim. `specExact` is lesson 5's
 * main_spec_exact.py: RFC 6750's error codes in the challenge, and 403 for a missing scope.
 */
export async function getCurrentUser(
  token: string,
  app: JwtTutorialApp,
  securityScopes?: readonly string[],
  specExact = false,
): Promise<UserInDB> {
  const required = securityScopes ?? []
  const credentialsException = (why: string, check?: string) =>
    new HTTPException(401, 'Could not validate credentials', {
      headers: { 'WWW-Authenticate': challenge(required, specExact, 'invalid_token') },
      why,
      check,
    })
  const { services } = app
  const decoded = await pyjwtDecode(token, { key: SECRET_KEY, now: services.now() })
  if (!decoded.ok) {
    throw credentialsException(describeJwtFailure(decoded.failure, services.now()), `jwt-${decoded.failure.kind}`)
  }
  // PyJWT has already refused a sub that is present but not a string.
  const username = decoded.claims.sub
  if (typeof username !== 'string') throw credentialsException('the token has no sub claim, so it names no user')
  // token_data.scopes, read before the user is looked up, as tutorial005 does. Split on single spaces,
  // not Python's split(): "" gives [""], which grants nothing.
  const grantedScopes = securityScopes === undefined ? [] : tokenScopes(decoded.claims.scope)
  const user = app.fakeUsersDb.get(username)
  if (!user) {
    throw credentialsException(
      `the signature is good, but the token's sub ${JSON.stringify(username)} is not a user in fake_users_db`,
    )
  }
  const missing = required.find((scope) => !grantedScopes.includes(scope))
  if (missing !== undefined) {
    const granted =
      'scope' in decoded.claims ? `its scope claim is ${JSON.stringify(decoded.claims.scope)}` : 'it has no scope claim'
    // A good token without the scope: RFC 6750's insufficient_scope is a 403, as logging in again
    // with the same scopes would not help.
    throw new HTTPException(specExact ? 403 : 401, 'Not enough permissions', {
      headers: { 'WWW-Authenticate': challenge(required, specExact, 'insufficient_scope') },
      why: `this route requires the scopes ${JSON.stringify(required.join(' '))}; the token lacks ${JSON.stringify(missing)} (${granted})`,
      check: 'missing-scope',
    })
  }
  return user
}

/**
 * get_current_active_user's check: a 400 for a disabled user. With SecurityScopes (`scoped`) it is
 * reached only once the scopes passed: a disabled user without `me` never gets this far.
 */
export function requireActiveUser(user: UserInDB, scoped: boolean): UserInDB {
  if (user.disabled) {
    const valid = scoped ? 'the token is valid and has the scopes' : 'the token is valid'
    throw new HTTPException(400, 'Inactive user', { why: `${valid}, but ${user.username} is disabled` })
  }
  return user
}

export interface JwtTutorialDependencies {
  readonly currentUser: FunctionDependency<UserInDB>
  readonly currentActiveUser: FunctionDependency<UserInDB>
}

/**
 * The chain both tutorials declare: get_current_user depends on oauth2_scheme, and
 * get_current_active_user on get_current_user. tutorial005 gives get_current_user its
 * SecurityScopes and asks it for "me" with `Security(get_current_user, scopes=["me"])`.
 */
export function jwtTutorialDependencies(
  app: JwtTutorialApp,
  oauth2Scheme: SchemeDependency<string>,
  options: { readonly securityScopes: boolean; readonly specExact?: boolean },
): JwtTutorialDependencies {
  if (!options.securityScopes) {
    const currentUser = dependency({
      name: 'get_current_user',
      params: { token: depends(oauth2Scheme) },
      call: ({ token }) => getCurrentUser(token, app),
    })
    const currentActiveUser = dependency({
      name: 'get_current_active_user',
      params: { current_user: depends(currentUser) },
      call: ({ current_user }) => requireActiveUser(current_user, false),
    })
    return { currentUser, currentActiveUser }
  }
  const currentUser = dependency({
    name: 'get_current_user',
    params: { security_scopes: SECURITY_SCOPES, token: depends(oauth2Scheme) },
    call: ({ security_scopes, token }) =>
      getCurrentUser(token, app, security_scopes.scopes, options.specExact ?? false),
  })
  const currentActiveUser = dependency({
    name: 'get_current_active_user',
    params: { current_user: security(currentUser, ['me']) },
    call: ({ current_user }) => requireActiveUser(current_user, true),
  })
  return { currentUser, currentActiveUser }
}
