// FastAPI's tutorial001: one protected route that echoes the bearer token, and no token route.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
import { depends, schemeDependency } from '../../server/dependencies'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'
import { STAND_IN_TOKEN_SWITCH, standInTokenRoute } from '../stand-in-token'

const oauth2Scheme = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token' }))

const readItems = defineRoute({
  method: 'GET',
  path: '/items/',
  name: 'read_items',
  params: { token: depends(oauth2Scheme) },
  endpoint: ({ params: { token } }) => ({ token }),
})

export function createFirstStepsApp(
  enabledSwitches: ReadonlySet<string>,
  release: FastApiRelease = 'current',
): FastApiApp {
  const routes = enabledSwitches.has(STAND_IN_TOKEN_SWITCH) ? [readItems, standInTokenRoute] : [readItems]
  return createFastApiApp(routes, { release })
}
