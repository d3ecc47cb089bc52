import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { INACTIVE_ALICE_SWITCH } from './switches'

export const lesson: Lesson = {
  id: 'oauth2-jwt',
  title: 'OAuth2 with JWT tokens',
  tutorialFile: 'docs_src/security/tutorial004_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"',
  switches: [
    {
      id: INACTIVE_ALICE_SWITCH,
      label: 'Add the disabled user alice (not part of the tutorial)',
      description:
        'Puts a disabled alice (Alice Wonderson, password secretalice) into fake_users_db, as FastAPI’s ' +
        'own test does, so that "Inactive user" can be reached. The OpenAPI document does not change.',
    },
  ],
  experiments,
  mistakes: [],
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
