import type { Lesson } from '../lesson'
import { experiments } from './experiments'

export const lesson: Lesson = {
  id: 'router-dependencies',
  title: 'Protect a whole router, and test it',
  tutorialFile: 'docs_src/bigger_applications/app_an_py310/main.py',
  fastapiPage: 'https://fastapi.tiangolo.com/tutorial/bigger-applications/',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]" pytest',
  switches: [],
  experiments,
  mistakes: [],
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
