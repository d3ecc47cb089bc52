// The refresh-and-logout app: lesson 4's JWT login with five-minute access tokens that carry a
// jti and a session id (sid), a refresh token that works once (rotation, reuse ends the session),
// and a logout that puts the access token's jti on a denylist and ends its session. The facts it
// relies on: docs/fastapi-behaviour.md#refresh-tokens-and-logout.
import { dependency, depends, schemeDependency } from '../../server/dependencies'
import type { RememberedEntry } from '../../server/exchange-record'
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FormModel } from '../../server/forms/form-model'
import { HTTPException } from '../../server/http-exception'
import type { JsonObject, JsonValue } from '../../server/json'
import { describeJwtFailure } from '../../server/jwt/jwt-failure'
import { pyjwtDecode } from '../../server/jwt/pyjwt-decode'
import { secretsTokenUrlsafe } from '../../server/python-secrets'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import type { LessonServices } from '../lesson'
import { authenticateUser, createFakeUsersDb, requireActiveUser, SECRET_KEY } from '../shared/jwt-tutorial'
import { userModel } from '../shared/jwt-tutorial-models'
import { createSessionMemory, type SessionMemory } from './session-memory'
import { tokenPairModel } from './token-pair-model'

/** `options={"require": [...]}` in get_token_claims: only this app's access tokens have all four. */
export const REQUIRED_CLAIMS = ['exp', 'sub', 'sid', 'jti'] as const

export interface TokenRequestForm {
  readonly grantType: string
  readonly username: string
  readonly password: string
  readonly refreshToken: string
}

/** The four `Form()` parameters of login_for_access_token. */
export const tokenRequestForm: FormModel<TokenRequestForm> = {
  fields: [
    { name: 'grant_type', required: true, literal: ['password', 'refresh_token'] },
    { name: 'username', required: false, default: '' },
    { name: 'password', required: false, default: '' },
    { name: 'refresh_token', required: false, default: '' },
  ],
  build: (values) => ({
    grantType: values.grant_type ?? '',
    username: values.username ?? '',
    password: values.password ?? '',
    refreshToken: values.refresh_token ?? '',
  }),
}

const oauth2Scheme = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token' }))

export function createRefreshAndLogoutApp(services: LessonServices): FastApiApp {
  const fakeUsersDb = createFakeUsersDb([])
  const randomId = services.randomId ?? ((nbytes: number) => secretsTokenUrlsafe(nbytes))
  const memory = createSessionMemory({ now: services.now, randomId })
  const credentialsException = (why: string, check?: string) =>
    new HTTPException(401, 'Could not validate credentials', { headers: { 'WWW-Authenticate': 'Bearer' }, why, check })

  const tokenClaims = dependency({
    name: 'get_token_claims',
    params: { token: depends(oauth2Scheme) },
    call: async ({ token }, { request }): Promise<JsonObject> => {
      const now = services.now()
      const decoded = await pyjwtDecode(token, { key: SECRET_KEY, now, require: REQUIRED_CLAIMS })
      if (!decoded.ok) {
        throw credentialsException(describeJwtFailure(decoded.failure, now), `jwt-${decoded.failure.kind}`)
      }
      const jti = stringClaim(decoded.claims, 'jti')
      if (memory.revokedExp(jti, request) !== undefined) {
        throw credentialsException(
          `the signature and exp are fine, but the token's jti ${JSON.stringify(jti)} is in revoked_jtis: a logout revoked this very token`,
          'jti-revoked',
        )
      }
      return decoded.claims
    },
  })

  const currentUser = dependency({
    name: 'get_current_user',
    params: { claims: depends(tokenClaims) },
    call: ({ claims }) => {
      const username = stringClaim(claims, 'sub')
      const user = fakeUsersDb.get(username)
      if (!user) {
        throw credentialsException(
          `the token is valid, but its sub ${JSON.stringify(username)} is not a user in fake_users_db`,
        )
      }
      return user
    },
  })

  const currentActiveUser = dependency({
    name: 'get_current_active_user',
    params: { current_user: depends(currentUser) },
    call: ({ current_user }) => requireActiveUser(current_user, false),
  })

  const loginForAccessToken = defineRoute({
    method: 'POST',
    path: '/token',
    name: 'login_for_access_token',
    form: tokenRequestForm,
    responseModel: tokenPairModel,
    endpoint: async ({ form, request }) => {
      if (form.grantType === 'password') {
        const user = await authenticateUser(fakeUsersDb, services.passwords, form.username, form.password)
        if (typeof user === 'string') {
          throw new HTTPException(401, 'Incorrect username or password', {
            headers: { 'WWW-Authenticate': 'Bearer' },
            why: user,
          })
        }
        return memory.issueTokens(user.username, randomId(16))
      }
      const record = memory.useRefreshToken(form.refreshToken, request)
      return memory.issueTokens(record.username, record.session)
    },
  })

  const logout = defineRoute({
    method: 'POST',
    path: '/logout',
    name: 'logout',
    params: { claims: depends(tokenClaims) },
    endpoint: ({ params: { claims } }) => {
      // PyJWT's int(exp) succeeded, so this does too. sid may be any JSON value but null.
      memory.logOut(stringClaim(claims, 'jti'), pythonInt(claims.exp), claims.sid ?? null)
      return { message: 'Logged out' }
    },
  })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me/',
    name: 'read_users_me',
    params: { current_user: depends(currentActiveUser) },
    responseModel: userModel,
    endpoint: ({ params: { current_user } }) => current_user,
  })

  return withRememberedEntries(createFastApiApp([loginForAccessToken, logout, readUsersMe]), memory)
}

/** A claim PyJWT has already required and checked to be a string: sub and jti. */
function stringClaim(claims: JsonObject, name: 'sub' | 'jti'): string {
  const value = claims[name]
  if (typeof value !== 'string') throw new TypeError(`PyJWT let through a ${name} that is not a string`)
  return value
}

/** `int(claims["exp"])` on a value PyJWT's own int() has accepted: a number, a bool or a string of digits. */
function pythonInt(value: JsonValue | undefined): number {
  if (typeof value === 'number') return Math.trunc(value)
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') return Number(value.trim().replace(/_/g, ''))
  throw new TypeError('PyJWT let through an exp that int() refuses')
}

/** Each answer's record lists the entries of main.py's memory it depended on. */
function withRememberedEntries(app: FastApiApp, memory: SessionMemory): FastApiApp {
  return {
    ...app,
    handle: async (request, rootPath) => {
      const handled = await app.handle(request, rootPath)
      const remembered: readonly RememberedEntry[] = memory.takeNotes(request)
      return remembered.length === 0 ? handled : { ...handled, record: { ...handled.record, remembered } }
    },
  }
}
