// FastAPI's tutorial004: a real login that hands out signed JWTs which expire after 30 minutes,
// and protected routes that verify them on every request.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import { depends, schemeDependency } from '../../server/dependencies'
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
import { tokenModel, userModel } from '../shared/jwt-tutorial-models'
import { INACTIVE_ALICE, INACTIVE_ALICE_SWITCH } from './switches'

const oauth2Scheme = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token' }))

export function createOAuth2JwtApp(enabledSwitches: ReadonlySet<string>, services: LessonServices): FastApiApp {
  const fakeUsersDb = createFakeUsersDb(enabledSwitches.has(INACTIVE_ALICE_SWITCH) ? [INACTIVE_ALICE] : [])
  const tutorial: JwtTutorialApp = { fakeUsersDb, services }
  const { currentActiveUser } = jwtTutorialDependencies(tutorial, oauth2Scheme, { securityScopes: false })

  const loginForAccessToken = defineRoute({
    method: 'POST',
    path: '/token',
    name: 'login_for_access_token',
    form: oauth2PasswordRequestForm,
    responseModel: tokenModel,
    endpoint: async ({ form }) => {
      const user = await authenticateUser(fakeUsersDb, services.passwords, form.username, form.password)
      if (typeof user === 'string') {
        // Unlike tutorials 003 and 005, a failed login here is a 401 with a Bearer challenge.
        throw new HTTPException(401, 'Incorrect username or password', {
          headers: { 'WWW-Authenticate': 'Bearer' },
          why: user,
        })
      }
      const accessToken = await createAccessToken({ sub: user.username }, services.now())
      return { access_token: accessToken, token_type: 'bearer' }
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

  const readOwnItems = defineRoute({
    method: 'GET',
    path: '/users/me/items/',
    name: 'read_own_items',
    params: { current_user: depends(currentActiveUser) },
    endpoint: ({ params: { current_user } }) => [{ item_id: 'Foo', owner: current_user.username }],
  })

  return createFastApiApp([loginForAccessToken, readUsersMe, readOwnItems])
}
