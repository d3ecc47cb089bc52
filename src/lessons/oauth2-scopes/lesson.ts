import type { Lesson } from '../lesson'
import pythonSource from './main.py?raw'
import { createOAuth2ScopesApp } from './oauth2-scopes-app'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'oauth2-scopes',
  title: 'OAuth2 scopes',
  tutorialFile: 'docs_src/security/tutorial005_an_py310.py',
  story,
  pythonSource,
  switches: [],
  createApp: (_enabledSwitches, services) => createOAuth2ScopesApp(services),
}
