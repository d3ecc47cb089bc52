import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { mistakes } from './mistakes'
import { standInTokenSwitch } from '../stand-in-token'

export const lesson: Lesson = {
  id: 'get-current-user',
  title: 'Get the current user',
  tutorialFile: 'docs_src/security/tutorial002_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/security/get-current-user/',
  install: 'pip install "fastapi[standard]"',
  switches: [standInTokenSwitch('tutorial002')],
  experiments,
  mistakes,
  load: () => import('./content').then((module) => module.content),
}
