import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { mistakes } from './mistakes'

export const lesson: Lesson = {
  id: 'oauth2-scopes',
  title: 'OAuth2 scopes',
  tutorialFile: 'docs_src/security/tutorial005_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/advanced/security/oauth2-scopes/',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"',
  switches: [],
  experiments,
  mistakes,
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
