import type { Lesson } from '../lesson'
import { standInTokenSwitch } from '../stand-in-token'
import { createFirstStepsApp } from './first-steps-app'
import pythonSource from './main.py?raw'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'first-steps',
  title: 'First steps',
  tutorialFile: 'docs_src/security/tutorial001_an_py310.py',
  story,
  pythonSource,
  switches: [standInTokenSwitch('tutorial001')],
  createApp: (enabledSwitches) => createFirstStepsApp(enabledSwitches),
}
