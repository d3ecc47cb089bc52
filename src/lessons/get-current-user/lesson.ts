import type { Lesson } from '../lesson'
import { standInTokenSwitch } from '../stand-in-token'
import { createGetCurrentUserApp } from './get-current-user-app'
import pythonSource from './main.py?raw'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'get-current-user',
  title: 'Get the current user',
  tutorialFile: 'docs_src/security/tutorial002_an_py310.py',
  story,
  pythonSource,
  switches: [standInTokenSwitch('tutorial002')],
  createApp: (enabledSwitches) => createGetCurrentUserApp(enabledSwitches),
}
