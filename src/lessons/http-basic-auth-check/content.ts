import type { LessonContent } from '../lesson'
import { createHttpBasicAuthCheckApp } from './http-basic-auth-check-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  createApp: (_enabledSwitches, services) => createHttpBasicAuthCheckApp(services.release),
}
