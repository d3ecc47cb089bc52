import type { Lesson } from '../lesson'

export const lesson: Lesson = {
  id: 'http-basic-auth-check',
  title: 'HTTP Basic auth: checking the username',
  tutorialFile: 'docs_src/security/tutorial007_an_py310.py',
  switches: [],
  load: () => import('./content').then((module) => module.content),
}
