import type { LessonContent } from '../lesson'
import { createThirdPartyLoginApp } from './third-party-login-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  createApp: (_enabledSwitches, services) => createThirdPartyLoginApp(services),
}
