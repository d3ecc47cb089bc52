// FastAPI's tutorial005: tutorial004's JWT login plus OAuth2 scopes. The token carries the scopes
// the client asked for, and each route says which scopes it requires.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import {
  oauth2PasswordRequestForm,
  oauth2PasswordRequestFormStrict,
} from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import { depends, schemeDependency, security } from '../../server/dependencies'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import type { LessonServices } from '../lesson'
import {
  authenticateUser,
  createAccessToken,
  createFakeUsersDb,
  jwtTutorialDependencies,
  type JwtTutorialApp,
} from '../shared/jwt-tutorial'
import { tokenModel, userModel, type UserInDB } from '../shared/jwt-tutorial-models'
import { SPEC_EXACT_SWITCH } from '../shared/spec-exact-switch'
import { invalidGrant, NO_STORE, specExactExceptionHandlers } from '../shared/spec-exact-token-endpoint'

/** Not tutorial003's alice: another name, another password, and disabled. */
const ALICE: UserInDB = {
  username: 'alice',
  full_name: 'Alice Chains',
  email: 'alicechains@example.com',
  hashed_password: '$argon2id$v=19$m=65536,t=3,p=4$g2/AV1zwopqUntPKJavBFw$BwpRGDCyUHLvHICnwijyX8ROGoiUPwNKZ7915MeYfCE',
  disabled: true,
}

const oauth2Scheme = schemeDependency(
  'oauth2_scheme',
  oauth2PasswordBearer({
    tokenUrl: 'token',
    scopes: { me: 'Read information about the current user.', items: 'Read items.' },
  }),
)

/** tutorial005, or with the spec-exact switch the app as main_spec_exact.py changes it. */
export function createOAuth2ScopesApp(services: LessonServices, enabled: ReadonlySet<string> = new Set()): FastApiApp {
  const specExact = enabled.has(SPEC_EXACT_SWITCH)
  const fakeUsersDb = createFakeUsersDb([ALICE])
  const tutorial: JwtTutorialApp = { fakeUsersDb, services }
  const { currentUser, currentActiveUser } = jwtTutorialDependencies(tutorial, oauth2Scheme, {
    securityScopes: true,
    specExact,
  })

  const loginForAccessToken = defineRoute({
    method: 'POST',
    path: '/token',
    name: 'login_for_access_token',
    form: specExact ? oauth2PasswordRequestFormStrict : oauth2PasswordRequestForm,
    responseModel: tokenModel,
    endpoint: async ({ form, response }) => {
      const user = await authenticateUser(fakeUsersDb, services.passwords, form.username, form.password)
      if (typeof user === 'string') {
        throw specExact ? invalidGrant(user) : new HTTPException(400, 'Incorrect username or password', { why: user })
      }
      // The requested scopes go into the token unchecked: the routes decide what they accept.
      const accessToken = await createAccessToken({ sub: user.username, scope: form.scopes.join(' ') }, services.now())
      if (specExact) for (const [name, value] of Object.entries(NO_STORE)) response.headers.set(name, value)
      return { access_token: accessToken, token_type: 'bearer' }
    },
  })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me/',
    name: 'read_users_me',
    // get_current_active_user asks get_current_user for "me".
    params: { current_user: depends(currentActiveUser) },
    responseModel: userModel,
    endpoint: ({ params: { current_user } }) => current_user,
  })

  const readOwnItems = defineRoute({
    method: 'GET',
    path: '/users/me/items/',
    name: 'read_own_items',
    // The route asks for "items"; the dependency under it adds "me".
    params: { current_user: security(currentActiveUser, ['items']) },
    endpoint: ({ params: { current_user } }) => [{ item_id: 'Foo', owner: current_user.username }],
  })

  const readSystemStatus = defineRoute({
    method: 'GET',
    path: '/status/',
    name: 'read_system_status',
    // get_current_user directly: no scopes, and no disabled check.
    params: { current_user: depends(currentUser) },
    endpoint: () => ({ status: 'ok' }),
  })

  return createFastApiApp([loginForAccessToken, readUsersMe, readOwnItems, readSystemStatus], {
    exceptionHandlers: specExact ? specExactExceptionHandlers('login_for_access_token') : {},
  })
}
