// The token in an HttpOnly cookie: the JWT tutorial's login, users and tokens, with the token handed
// over as a cookie (`response.set_cookie`) instead of in the body, read back by APIKeyCookie, and
// deleted by a logout route. The browser's half, keeping and sending the cookie, is the page's
// cookie jar (server/browser-cookies.ts); this app is only what FastAPI decides.
import { dependency, depends, schemeDependency, type FunctionDependency } from '../../server/dependencies'
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import { describeJwtFailure } from '../../server/jwt/jwt-failure'
import { pyjwtDecode } from '../../server/jwt/pyjwt-decode'
import { defineRoute } from '../../server/route'
import { apiKeyCookie } from '../../server/security/api-key'
import type { LessonServices } from '../lesson'
import {
  ACCESS_TOKEN_EXPIRE_MINUTES,
  authenticateUser,
  createAccessToken,
  createFakeUsersDb,
  SECRET_KEY,
} from '../shared/jwt-tutorial'
import { userModel, type UserInDB } from '../shared/jwt-tutorial-models'

/** main.py's COOKIE_NAME and COOKIE_PATH: the same two set the cookie and delete it. */
export const COOKIE_NAME = 'access_token'
export const COOKIE_PATH = '/'

const cookieScheme = schemeDependency('cookie_scheme', apiKeyCookie({ name: COOKIE_NAME }))

export function createCookieAuthApp(services: LessonServices): FastApiApp {
  const fakeUsersDb = createFakeUsersDb([])
  const currentUser = getCurrentUserDependency(fakeUsersDb, services)

  const login = defineRoute({
    method: 'POST',
    path: '/login',
    name: 'login',
    form: oauth2PasswordRequestForm,
    endpoint: async ({ form, response }) => {
      const user = await authenticateUser(fakeUsersDb, services.passwords, form.username, form.password)
      if (typeof user === 'string') throw new HTTPException(400, 'Incorrect username or password', { why: user })
      const accessToken = await createAccessToken({ sub: user.username }, services.now())
      response.setCookie(COOKIE_NAME, accessToken, {
        httponly: true,
        samesite: 'lax',
        path: COOKIE_PATH,
        maxAge: ACCESS_TOKEN_EXPIRE_MINUTES * 60,
      })
      return { message: `Logged in as ${user.username}` }
    },
  })

  const logout = defineRoute({
    method: 'POST',
    path: '/logout',
    name: 'logout',
    endpoint: ({ response }) => {
      response.deleteCookie(COOKIE_NAME, { path: COOKIE_PATH, httponly: true, samesite: 'lax' })
      return { message: 'Logged out' }
    },
  })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me',
    name: 'read_users_me',
    params: { current_user: depends(currentUser) },
    responseModel: userModel,
    endpoint: ({ params: { current_user } }) => current_user,
  })

  return createFastApiApp([login, logout, readUsersMe], { now: services.now })
}

/** main.py's get_current_user: the JWT from the cookie, checked as the JWT tutorial checks it. */
function getCurrentUserDependency(
  fakeUsersDb: ReadonlyMap<string, UserInDB>,
  services: LessonServices,
): FunctionDependency<UserInDB> {
  return dependency({
    name: 'get_current_user',
    params: { token: depends(cookieScheme) },
    call: async ({ token }) => {
      // The same challenge as APIKeyCookie's own 401: there is no standard one for a cookie.
      const credentialsException = (why: string, check?: string) =>
        new HTTPException(401, 'Could not validate credentials', {
          headers: { 'WWW-Authenticate': 'APIKey' },
          why,
          check,
        })
      const decoded = await pyjwtDecode(token, { key: SECRET_KEY, now: services.now() })
      if (!decoded.ok) {
        throw credentialsException(describeJwtFailure(decoded.failure, services.now()), `jwt-${decoded.failure.kind}`)
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
      return user
    },
  })
}
