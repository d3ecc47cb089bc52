import type { Lesson } from '../lesson'

export const lesson: Lesson = {
  id: 'http-basic-auth',
  title: 'HTTP Basic auth',
  tutorialFile: 'docs_src/security/tutorial006_an_py310.py',
  switches: [],
  load: () => import('./content').then((module) => module.content),
}
