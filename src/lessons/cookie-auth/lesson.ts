import type { Lesson } from '../lesson'
import { experiments } from './experiments'

export const lesson: Lesson = {
  id: 'cookie-auth',
  title: 'The token in an HttpOnly cookie',
  // Not one of FastAPI's tutorials: the class this lesson is about, where FastAPI defines it.
  tutorialFile: 'fastapi/security/api_key.py',
  fastapiPage: 'https://fastapi.tiangolo.com/reference/security/#fastapi.security.APIKeyCookie',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"',
  switches: [],
  experiments,
  mistakes: [],
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
