import type { LessonContent } from '../lesson'
import { createOAuth2ScopesApp } from './oauth2-scopes-app'
import pythonSource from './main.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  createApp: (_enabledSwitches, services) => createOAuth2ScopesApp(services),
}
