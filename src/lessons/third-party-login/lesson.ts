import type { Lesson } from '../lesson'
import { experiments } from './experiments'

export const lesson: Lesson = {
  id: 'third-party-login',
  title: 'Log in with an identity provider',
  tutorialFile: 'fastapi/security/oauth2.py and open_id_connect_url.py',
  fastapiPage: 'https://fastapi.tiangolo.com/reference/security/',
  install: 'pip install "fastapi[standard]" "pyjwt[crypto]"',
  switches: [],
  experiments,
  mistakes: [],
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
