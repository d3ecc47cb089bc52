import type { Lesson } from '../lesson'
import { STAND_IN_TOKEN_SWITCH, createFirstStepsApp } from './first-steps-app'

export const firstStepsLesson: Lesson = {
  id: 'first-steps',
  title: 'First steps',
  tutorialFile: 'docs_src/security/tutorial001_an_py310.py',
  intro: [
    'The app declares OAuth2PasswordBearer(tokenUrl="token") and one route, GET /items/, that depends on it. ' +
      'The scheme only looks for an "Authorization: Bearer …" header and hands the token to the route; ' +
      'without one, FastAPI answers 401 with "WWW-Authenticate: Bearer" before read_items runs.',
    'The tokenUrl is only a promise in the OpenAPI document: this app has no /token route, so Authorize ' +
      'ends in "Not Found". Turn on the stand-in token endpoint to watch the Bearer header travel anyway.',
  ],
  switches: [
    {
      id: STAND_IN_TOKEN_SWITCH,
      label: 'Add a stand-in /token endpoint (not part of the tutorial)',
      description:
        'Answers the password form with the username as access_token. It is hidden from the OpenAPI ' +
        'document, which stays exactly tutorial001’s.',
    },
  ],
  createApp: createFirstStepsApp,
}
