import type { LessonContent } from '../lesson'
import { createFirstStepsApp } from './first-steps-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  createApp: (enabledSwitches, services) => createFirstStepsApp(enabledSwitches, services.release),
}
