import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { inactiveAliceSwitch } from './switches'

export const lesson: Lesson = {
  id: 'oauth2-jwt',
  title: 'OAuth2 with JWT tokens',
  tutorialFile: 'docs_src/security/tutorial004_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"',
  switches: [inactiveAliceSwitch],
  experiments,
  mistakes: [],
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
