// FastAPI's tutorial005: tutorial004's JWT login plus OAuth2 scopes. The token carries the scopes
// the client asked for, and each route says which scopes it requires.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import type { JsonValue } from '../../server/json'
import { describeJwtFailure } from '../../server/jwt/jwt-failure'
import { pyjwtDecode } from '../../server/jwt/pyjwt-decode'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import type { LessonServices } from '../lesson'
import { authenticateUser, createAccessToken, JOHNDOE, SECRET_KEY } from '../shared/jwt-tutorial'
import { tokenModel, userModel, type UserInDB } from '../shared/jwt-tutorial-models'

/** Not tutorial003's alice: another name, another password, and disabled. */
const ALICE: UserInDB = {
  username: 'alice',
  full_name: 'Alice Chains',
  email: 'alicechains@example.com',
  hashed_password: '$argon2id$v=19$m=65536,t=3,p=4$g2/AV1zwopqUntPKJavBFw$BwpRGDCyUHLvHICnwijyX8ROGoiUPwNKZ7915MeYfCE',
  disabled: true,
}

const oauth2Scheme = oauth2PasswordBearer({
  tokenUrl: 'token',
  scopes: { me: 'Read information about the current user.', items: 'Read items.' },
})

/** `payload.get("scope", "").split(" ")`; anything but a string has no split(), so Python crashes (500). */
function tokenScopes(scope: JsonValue | undefined): string[] {
  if (scope === undefined) return ['']
  if (typeof scope !== 'string') {
    throw new TypeError(`AttributeError: the scope claim ${JSON.stringify(scope)} has no split()`)
  }
  return scope.split(' ')
}

export function createOAuth2ScopesApp(services: LessonServices): FastApiApp {
  const fakeUsersDb = new Map<string, UserInDB>([
    [JOHNDOE.username, JOHNDOE],
    [ALICE.username, ALICE],
  ])

  /** The user, or why the login failed. Both failures cost one Argon2 verification. */
  /** Runs with SecurityScopes: what the route and the dependencies between require, outermost first. */
  async function getCurrentUser(token: string, securityScopes: readonly string[]): Promise<UserInDB> {
    const authenticateValue = securityScopes.length > 0 ? `Bearer scope="${securityScopes.join(' ')}"` : 'Bearer'
    const credentialsException = (why: string, check?: string) =>
      new HTTPException(401, 'Could not validate credentials', {
        headers: { 'WWW-Authenticate': authenticateValue },
        why,
        check,
      })
    const decoded = await pyjwtDecode(token, { key: SECRET_KEY, now: services.now() })
    if (!decoded.ok) {
      throw credentialsException(describeJwtFailure(decoded.failure, services.now()), `jwt-${decoded.failure.kind}`)
    }
    const username = decoded.claims.sub
    if (typeof username !== 'string') throw credentialsException('the token has no sub claim, so it names no user')
    // Split on single spaces, not Python's split(): "" gives [""], which grants nothing.
    const grantedScopes = tokenScopes(decoded.claims.scope)
    const user = fakeUsersDb.get(username)
    if (!user) {
      throw credentialsException(
        `the signature is good, but the token's sub ${JSON.stringify(username)} is not a user in fake_users_db`,
      )
    }
    for (const scope of securityScopes) {
      if (!grantedScopes.includes(scope)) {
        const granted =
          'scope' in decoded.claims
            ? `its scope claim is ${JSON.stringify(decoded.claims.scope)}`
            : 'it has no scope claim'
        throw new HTTPException(401, 'Not enough permissions', {
          headers: { 'WWW-Authenticate': authenticateValue },
          why: `this route requires the scopes ${JSON.stringify(securityScopes.join(' '))}; the token lacks ${JSON.stringify(scope)} (${granted})`,
          check: 'missing-scope',
        })
      }
    }
    return user
  }

  /** Only reached once the scopes passed: a disabled user without `me` never gets this far. */
  async function getCurrentActiveUser(token: string, securityScopes: readonly string[]): Promise<UserInDB> {
    const user = await getCurrentUser(token, securityScopes)
    if (user.disabled) {
      throw new HTTPException(400, 'Inactive user', {
        why: `the token is valid and has the scopes, but ${user.username} is disabled`,
      })
    }
    return user
  }

  const loginForAccessToken = defineRoute({
    method: 'POST',
    path: '/token',
    name: 'login_for_access_token',
    form: oauth2PasswordRequestForm,
    responseModel: tokenModel,
    endpoint: async ({ form }) => {
      const user = await authenticateUser(fakeUsersDb, services.passwords, form.username, form.password)
      if (typeof user === 'string') throw new HTTPException(400, 'Incorrect username or password', { why: user })
      // The requested scopes go into the token unchecked: the routes decide what they accept.
      const accessToken = await createAccessToken({ sub: user.username, scope: form.scopes.join(' ') }, services.now())
      return { access_token: accessToken, token_type: 'bearer' }
    },
  })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me/',
    name: 'read_users_me',
    // get_current_active_user asks get_current_user for "me".
    security: { scheme: oauth2Scheme, scopes: ['me'] },
    responseModel: userModel,
    endpoint: ({ credentials: token, securityScopes }) => getCurrentActiveUser(token, securityScopes),
  })

  const readOwnItems = defineRoute({
    method: 'GET',
    path: '/users/me/items/',
    name: 'read_own_items',
    // The route asks for "items"; the dependency under it adds "me".
    security: { scheme: oauth2Scheme, scopes: ['items', 'me'] },
    endpoint: async ({ credentials: token, securityScopes }) => {
      const user = await getCurrentActiveUser(token, securityScopes)
      return [{ item_id: 'Foo', owner: user.username }]
    },
  })

  const readSystemStatus = defineRoute({
    method: 'GET',
    path: '/status/',
    name: 'read_system_status',
    // get_current_user directly: no scopes, and no disabled check.
    security: { scheme: oauth2Scheme },
    endpoint: async ({ credentials: token, securityScopes }) => {
      await getCurrentUser(token, securityScopes)
      return { status: 'ok' }
    },
  })

  return createFastApiApp([loginForAccessToken, readUsersMe, readOwnItems, readSystemStatus])
}
