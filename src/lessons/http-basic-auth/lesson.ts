import type { Lesson } from '../lesson'
import { createHttpBasicAuthApp } from './http-basic-auth-app'
import pythonSource from './main.py?raw'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'http-basic-auth',
  title: 'HTTP Basic auth',
  tutorialFile: 'docs_src/security/tutorial006_an_py310.py',
  story,
  pythonSource,
  switches: [],
  createApp: () => createHttpBasicAuthApp(),
}
