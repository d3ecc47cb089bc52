import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { mistakes } from './mistakes'
import { specExactSwitch } from '../shared/spec-exact-switch'

export const lesson: Lesson = {
  id: 'simple-oauth2',
  title: 'Simple OAuth2 with password and Bearer',
  tutorialFile: 'docs_src/security/tutorial003_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/security/simple-oauth2/',
  install: 'pip install "fastapi[standard]"',
  switches: [specExactSwitch()],
  experiments,
  mistakes,
  load: () => import('./content').then((module) => module.content),
}
