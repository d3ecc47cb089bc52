// FastAPI's tutorial006: one route behind HTTPBasic that echoes the decoded credentials.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
import { depends, schemeDependency } from '../../server/dependencies'
import { defineRoute } from '../../server/route'
import { httpBasic } from '../../server/security/http-basic'

const security = schemeDependency('security', httpBasic())

const readCurrentUser = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_current_user',
  params: { credentials: depends(security) },
  endpoint: ({ params: { credentials } }) => ({ username: credentials.username, password: credentials.password }),
})

export function createHttpBasicAuthApp(release: FastApiRelease = 'current'): FastApiApp {
  return createFastApiApp([readCurrentUser], { release })
}
