import type { Lesson } from '../lesson'
import pythonSource from './main.py?raw'
import { createSimpleOAuth2App } from './simple-oauth2-app'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'simple-oauth2',
  title: 'Simple OAuth2 with password and Bearer',
  tutorialFile: 'docs_src/security/tutorial003_an_py310.py',
  story,
  pythonSource,
  switches: [],
  createApp: () => createSimpleOAuth2App(),
}
