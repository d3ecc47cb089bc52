import type { Lesson } from '../lesson'
import { createHttpBasicAuthCheckApp } from './http-basic-auth-check-app'
import pythonSource from './main.py?raw'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'http-basic-auth-check',
  title: 'HTTP Basic auth: checking the username',
  tutorialFile: 'docs_src/security/tutorial007_an_py310.py',
  story,
  pythonSource,
  switches: [],
  createApp: () => createHttpBasicAuthCheckApp(),
}
