import type { Lesson } from '../lesson'
import { experiments } from './experiments'

export const lesson: Lesson = {
  id: 'http-basic-auth-check',
  title: 'HTTP Basic auth: checking the username',
  tutorialFile: 'docs_src/security/tutorial007_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/advanced/security/http-basic-auth/',
  install: 'pip install "fastapi[standard]"',
  switches: [],
  experiments,
  mistakes: [],
  load: () => import('./content').then((module) => module.content),
}
