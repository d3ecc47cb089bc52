import type { Lesson } from '../lesson'
import { standInTokenSwitch } from '../stand-in-token'

export const lesson: Lesson = {
  id: 'first-steps',
  title: 'First steps',
  tutorialFile: 'docs_src/security/tutorial001_an_py310.py',
  switches: [standInTokenSwitch('tutorial001')],
  load: () => import('./content').then((module) => module.content),
}
