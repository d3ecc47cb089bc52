// FastAPI's tutorial002: the bearer token is turned into a user by a fake decoder that trusts it.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
import { dependency, depends, schemeDependency } from '../../server/dependencies'
import { defineRoute } from '../../server/route'
import { httpBearer } from '../../server/security/http-bearer'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import { STAND_IN_TOKEN_SWITCH, standInTokenRoute } from '../stand-in-token'
import { HTTP_BEARER } from './mistake-ids'

/** tutorial002's `User` model, keys in declaration order so the JSON body matches FastAPI's. */
export interface User {
  readonly username: string
  readonly email: string | null
  readonly full_name: string | null
  readonly disabled: boolean | null
}

const oauth2Scheme = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token' }))

/** Decodes nothing: any token, even an empty one, becomes John Doe with the token in his username. */
export function fakeDecodeToken(token: string): User {
  return { username: `${token}fakedecoded`, email: 'john@example.com', full_name: 'John Doe', disabled: null }
}

/** A dependency on the scheme: FastAPI runs the scheme first, so it sees only a bearer request. */
const getCurrentUser = dependency({
  name: 'get_current_user',
  params: { token: depends(oauth2Scheme) },
  call: ({ token }) => fakeDecodeToken(token),
})

const readUsersMe = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_users_me',
  params: { current_user: depends(getCurrentUser) },
  endpoint: ({ params: { current_user } }) => current_user,
})

/** The `http-bearer` mistake: `security = HTTPBearer()`, and get_current_user reads `credentials.credentials`. */
const getCurrentUserWithHttpBearer = dependency({
  name: 'get_current_user',
  params: { credentials: depends(schemeDependency('security', httpBearer())) },
  call: ({ credentials }) => fakeDecodeToken(credentials.credentials),
})

const readUsersMeWithHttpBearer = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_users_me',
  params: { current_user: depends(getCurrentUserWithHttpBearer) },
  endpoint: ({ params: { current_user } }) => current_user,
})

export function createGetCurrentUserApp(
  enabledSwitches: ReadonlySet<string>,
  release: FastApiRelease = 'current',
): FastApiApp {
  const route = enabledSwitches.has(HTTP_BEARER) ? readUsersMeWithHttpBearer : readUsersMe
  const routes = enabledSwitches.has(STAND_IN_TOKEN_SWITCH) ? [route, standInTokenRoute] : [route]
  return createFastApiApp(routes, { release })
}
