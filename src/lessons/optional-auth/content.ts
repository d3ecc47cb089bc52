import type { LessonContent } from '../lesson'
import { createOptionalAuthApp } from './optional-auth-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  // Today's FastAPI only (src/lessons/release-support.ts): the release is not asked.
  createApp: (enabled) => createOptionalAuthApp(enabled),
}
