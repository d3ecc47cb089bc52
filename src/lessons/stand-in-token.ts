// The opt-in token endpoint for the lessons whose tutorial app has none (001, 002): not part of
// FastAPI's tutorials, so that Authorize can succeed and the Bearer header can be watched.
import { oauth2PasswordRequestForm } from '../server/forms/oauth2-password-request-form'
import { defineRoute } from '../server/route'
import type { LessonSwitch } from './lesson'
import { observe } from './observations'
import { routedTo } from './why-observations'

export const STAND_IN_TOKEN_SWITCH = 'stand-in-token-endpoint'
const STAND_IN_LOGIN = 'stand_in_login'

export function standInTokenSwitch(tutorial: string): LessonSwitch {
  return {
    id: STAND_IN_TOKEN_SWITCH,
    label: 'Add a stand-in /token endpoint (not part of the tutorial)',
    description:
      'Answers the password form with the username as access_token. It is hidden from the OpenAPI ' +
      `document, which stays exactly ${tutorial}’s.`,
    inMainPy: { kind: 'route-not-in-main-py', shownBy: observe(routedTo(STAND_IN_LOGIN)) },
  }
}

/** Hands back the username as the token; `include_in_schema=False` keeps it out of the document. */
export const standInTokenRoute = defineRoute({
  method: 'POST',
  path: '/token',
  name: STAND_IN_LOGIN,
  form: oauth2PasswordRequestForm,
  includeInSchema: false,
  endpoint: ({ form }) => ({ access_token: form.username, token_type: 'bearer' }),
})
