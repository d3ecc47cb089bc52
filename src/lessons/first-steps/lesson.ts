import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { standInTokenSwitch } from '../stand-in-token'

export const lesson: Lesson = {
  id: 'first-steps',
  title: 'First steps',
  tutorialFile: 'docs_src/security/tutorial001_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/security/first-steps/',
  install: 'pip install "fastapi[standard]"',
  switches: [standInTokenSwitch('tutorial001')],
  experiments,
  mistakes: [],
  load: () => import('./content').then((module) => module.content),
}
