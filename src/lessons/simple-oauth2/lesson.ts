import type { Lesson } from '../lesson'

export const lesson: Lesson = {
  id: 'simple-oauth2',
  title: 'Simple OAuth2 with password and Bearer',
  tutorialFile: 'docs_src/security/tutorial003_an_py310.py',
  switches: [],
  load: () => import('./content').then((module) => module.content),
}
