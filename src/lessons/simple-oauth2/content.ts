import type { LessonContent } from '../lesson'
import { createSimpleOAuth2App } from './simple-oauth2-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import specExactSource from './main_spec_exact.py?raw'
import { SPEC_EXACT_FILE } from '../shared/spec-exact-switch'
import story from './story.md?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  changedFiles: { [SPEC_EXACT_FILE]: specExactSource },
  createApp: (enabled, services) => createSimpleOAuth2App(enabled, services.release),
}
