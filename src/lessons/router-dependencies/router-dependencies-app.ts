// The router-dependencies lesson's main.py: a public router (login, status), a protected router whose
// one dependency, get_current_user, guards every route in it, and inside it an admin router that
// adds require_admin (a role, from the user's record) before its routes; one of them also asks for
// the "reports" scope (from the token). The JWT login is lesson 5's, from src/lessons/shared/.
import { dependency, depends, schemeDependency, security, SECURITY_SCOPES } from '../../server/dependencies'
import type { ModelValue } from '../../server/exchange-record'
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import type { JsonValue } from '../../server/json'
import { describeJwtFailure } from '../../server/jwt/jwt-failure'
import { pyjwtDecode } from '../../server/jwt/pyjwt-decode'
import { defineRoute } from '../../server/route'
import { defineRouter } from '../../server/router'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import type { LessonServices } from '../lesson'
import { authenticateUser, createAccessToken, JOHNDOE, SECRET_KEY } from '../shared/jwt-tutorial'
import { tokenModel } from '../shared/jwt-tutorial-models'
import { roleUserModel, type RoleUser, type RoleUserInDB } from './role-user'

/** fake_users_db: johndoe (secret) has no role, alice (secretalice) is an admin. */
export const fakeUsersDb: ReadonlyMap<string, RoleUserInDB> = new Map(
  [
    { username: 'johndoe', full_name: 'John Doe', roles: [], hashed_password: JOHNDOE.hashed_password },
    {
      username: 'alice',
      full_name: 'Alice Chains',
      roles: ['admin'],
      hashed_password:
        '$argon2id$v=19$m=65536,t=3,p=4$g2/AV1zwopqUntPKJavBFw$BwpRGDCyUHLvHICnwijyX8ROGoiUPwNKZ7915MeYfCE',
    },
  ].map((user) => [user.username, user]),
)

const oauth2Scheme = schemeDependency(
  'oauth2_scheme',
  oauth2PasswordBearer({ tokenUrl: 'token', scopes: { reports: 'Read the admin reports.' } }),
)

/** `User(**user)`: what a route may show of a stored user, the hash left out. */
function publicUser(user: RoleUserInDB): RoleUser {
  return { username: user.username, full_name: user.full_name, roles: user.roles }
}

/** `scope.split(" ") if isinstance(scope, str) else []`: a claim of another type grants nothing. */
function grantedScopes(scope: JsonValue | undefined): string[] {
  return typeof scope === 'string' ? scope.split(' ') : []
}

/** get_current_user: who is calling (401 otherwise), then whether the token has the scopes asked for (403). */
async function currentUser(token: string, required: readonly string[], now: number): Promise<RoleUserInDB> {
  const credentialsException = (why: string, check?: string) =>
    new HTTPException(401, 'Could not validate credentials', { headers: { 'WWW-Authenticate': 'Bearer' }, why, check })
  const decoded = await pyjwtDecode(token, { key: SECRET_KEY, now })
  if (!decoded.ok) {
    throw credentialsException(describeJwtFailure(decoded.failure, now), `jwt-${decoded.failure.kind}`)
  }
  // PyJWT has already refused a sub that is present but not a string.
  const username = decoded.claims.sub
  if (typeof username !== 'string') throw credentialsException('the token has no sub claim, so it names no user')
  const user = fakeUsersDb.get(username)
  if (!user) {
    throw credentialsException(
      `the signature is good, but the token's sub ${JSON.stringify(username)} is not a user in fake_users_db`,
    )
  }
  const granted = grantedScopes(decoded.claims.scope)
  const missing = required.find((scope) => !granted.includes(scope))
  if (missing !== undefined) {
    const claim =
      'scope' in decoded.claims ? `its scope claim is ${JSON.stringify(decoded.claims.scope)}` : 'it has no scope claim'
    throw new HTTPException(403, 'Not enough permissions', {
      headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${required.join(' ')}"` },
      why:
        `the token is valid and names ${user.username}, but this route asks for the scopes ` +
        `${JSON.stringify(required.join(' '))} and the token lacks ${JSON.stringify(missing)} (${claim}). ` +
        'Logging in again with that scope would do',
      check: 'missing-scope',
    })
  }
  return user
}

/** A test builds the user get_current_user returned as main.py's `User`, with no password. */
function asUserModel(user: RoleUserInDB): ModelValue {
  return { model: 'User', fields: { ...publicUser(user), roles: [...user.roles] } }
}

export function createRouterDependenciesApp(services: LessonServices): FastApiApp {
  const getCurrentUser = dependency({
    name: 'get_current_user',
    params: { security_scopes: SECURITY_SCOPES, token: depends(oauth2Scheme) },
    call: ({ security_scopes, token }) => currentUser(token, security_scopes.scopes, services.now()),
    returnedAs: asUserModel,
  })
  const requireAdmin = dependency({
    name: 'require_admin',
    params: { current_user: depends(getCurrentUser) },
    call: ({ current_user }) => {
      if (!current_user.roles.includes('admin')) {
        throw new HTTPException(403, 'Admins only', {
          why:
            `${current_user.username}'s roles in fake_users_db are ${JSON.stringify(current_user.roles)}, ` +
            'without "admin". A role belongs to the user, not to the token: no scope and no new login changes it',
          check: 'missing-role',
        })
      }
      return current_user
    },
  })

  const loginForAccessToken = defineRoute({
    method: 'POST',
    path: '/token',
    name: 'login_for_access_token',
    form: oauth2PasswordRequestForm,
    responseModel: tokenModel,
    endpoint: async ({ form }) => {
      const user = await authenticateUser(fakeUsersDb, services.passwords, form.username, form.password)
      if (typeof user === 'string') throw new HTTPException(400, 'Incorrect username or password', { why: user })
      // The requested scopes go into the token unchecked, as main.py's comment says.
      const accessToken = await createAccessToken({ sub: user.username, scope: form.scopes.join(' ') }, services.now())
      return { access_token: accessToken, token_type: 'bearer' }
    },
  })
  const readStatus = defineRoute({
    method: 'GET',
    path: '/status',
    name: 'read_status',
    endpoint: () => ({ status: 'ok' }),
  })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me',
    name: 'read_users_me',
    // The same callable as the router's dependency: FastAPI hands over the value it already has.
    params: { current_user: depends(getCurrentUser) },
    responseModel: roleUserModel,
    endpoint: ({ params: { current_user } }) => current_user,
  })
  const readItems = defineRoute({
    method: 'GET',
    path: '/items/',
    name: 'read_items',
    endpoint: () => [{ item_id: 'Foo' }, { item_id: 'Bar' }],
  })
  const listUsers = defineRoute({
    method: 'GET',
    path: '/users',
    name: 'list_users',
    endpoint: () => [...fakeUsersDb.values()].map(publicUser),
  })
  const readReports = defineRoute({
    method: 'GET',
    path: '/reports',
    name: 'read_reports',
    // get_current_user again, now asked for "reports": another set of scopes, so another call.
    params: { current_user: security(getCurrentUser, ['reports']) },
    endpoint: ({ params: { current_user } }) => ({ reports: ['2026-q1-sales'], read_by: current_user.username }),
  })

  const publicRouter = defineRouter({ name: 'public_router', routes: [loginForAccessToken, readStatus] })
  const adminRouter = defineRouter({
    name: 'admin_router',
    prefix: '/admin',
    dependencies: [depends(requireAdmin)],
    routes: [listUsers, readReports],
  })
  const protectedRouter = defineRouter({
    name: 'protected_router',
    dependencies: [depends(getCurrentUser)],
    routes: [readUsersMe, readItems, ...adminRouter],
  })
  return createFastApiApp([...publicRouter, ...protectedRouter])
}
