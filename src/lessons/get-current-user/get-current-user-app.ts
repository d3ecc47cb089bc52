// FastAPI's tutorial002: the bearer token is turned into a user by a fake decoder that trusts it.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
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

const oauth2Scheme = oauth2PasswordBearer({ tokenUrl: 'token' })

/** Decodes nothing: any token, even an empty one, becomes John Doe with the token in his username. */
export function fakeDecodeToken(token: string): User {
  return { username: `${token}fakedecoded`, email: 'john@example.com', full_name: 'John Doe', disabled: null }
}

const readUsersMe = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_users_me',
  security: { scheme: oauth2Scheme },
  // `get_current_user` is a plain dependency on the scheme; it cannot fail, so it runs inline here.
  endpoint: ({ credentials: token }) => fakeDecodeToken(token),
})

/** The `http-bearer` mistake: `HTTPBearer()` hands over `credentials.credentials` instead. */
const readUsersMeWithHttpBearer = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_users_me',
  security: { scheme: httpBearer() },
  endpoint: ({ credentials }) => fakeDecodeToken(credentials.credentials),
})

export function createGetCurrentUserApp(
  enabledSwitches: ReadonlySet<string>,
  release: FastApiRelease = 'current',
): FastApiApp {
  const route = enabledSwitches.has(HTTP_BEARER) ? readUsersMeWithHttpBearer : readUsersMe
  const routes = enabledSwitches.has(STAND_IN_TOKEN_SWITCH) ? [route, standInTokenRoute] : [route]
  return createFastApiApp(routes, { release })
}
