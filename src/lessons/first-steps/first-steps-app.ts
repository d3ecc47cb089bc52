// FastAPI's tutorial001: one protected route that echoes the bearer token, and no token route.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'

export const STAND_IN_TOKEN_SWITCH = 'stand-in-token-endpoint'

const oauth2Scheme = oauth2PasswordBearer({ tokenUrl: 'token' })

const readItems = defineRoute({
  method: 'GET',
  path: '/items/',
  name: 'read_items',
  security: { scheme: oauth2Scheme },
  endpoint: ({ credentials: token }) => ({ token }),
})

/**
 * Not part of tutorial001: a token route that hands back the username as the token, so that
 * Authorize succeeds and the Bearer header can be watched. Hidden from the OpenAPI document
 * (`include_in_schema=False`) so the document stays tutorial001's.
 */
const standInLogin = defineRoute({
  method: 'POST',
  path: '/token',
  name: 'stand_in_login',
  form: oauth2PasswordRequestForm,
  includeInSchema: false,
  endpoint: ({ form }) => ({ access_token: form.username, token_type: 'bearer' }),
})

export function createFirstStepsApp(enabledSwitches: ReadonlySet<string>): FastApiApp {
  return createFastApiApp(enabledSwitches.has(STAND_IN_TOKEN_SWITCH) ? [readItems, standInLogin] : [readItems])
}
