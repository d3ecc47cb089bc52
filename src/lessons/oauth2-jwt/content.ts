import type { LessonContent } from '../lesson'
import { createOAuth2JwtApp } from './oauth2-jwt-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  createApp: (enabledSwitches, services) => createOAuth2JwtApp(enabledSwitches, services),
}
