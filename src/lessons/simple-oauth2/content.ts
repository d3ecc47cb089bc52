import type { LessonContent } from '../lesson'
import { createSimpleOAuth2App } from './simple-oauth2-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  createApp: (enabled, services) => createSimpleOAuth2App(enabled, services.release),
}
