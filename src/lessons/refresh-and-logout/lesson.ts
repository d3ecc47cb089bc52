import type { Lesson } from '../lesson'
import { experiments } from './experiments'

export const lesson: Lesson = {
  id: 'refresh-and-logout',
  title: 'Short-lived tokens, refresh and logout',
  // Not a page of FastAPI's docs: the app builds on lesson 4's, tutorial004.
  tutorialFile: 'docs_src/security/tutorial004_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"',
  switches: [],
  experiments,
  mistakes: [],
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
