import type { Lesson } from '../lesson'
import { standInTokenSwitch } from '../stand-in-token'

export const lesson: Lesson = {
  id: 'get-current-user',
  title: 'Get the current user',
  tutorialFile: 'docs_src/security/tutorial002_an_py310.py',
  switches: [standInTokenSwitch('tutorial002')],
  load: () => import('./content').then((module) => module.content),
}
