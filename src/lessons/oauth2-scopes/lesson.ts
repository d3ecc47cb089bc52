import type { Lesson } from '../lesson'

export const lesson: Lesson = {
  id: 'oauth2-scopes',
  title: 'OAuth2 scopes',
  tutorialFile: 'docs_src/security/tutorial005_an_py310.py',
  switches: [],
  load: () => import('./content').then((module) => module.content),
}
