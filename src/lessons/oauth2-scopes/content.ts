import type { LessonContent } from '../lesson'
import { createOAuth2ScopesApp } from './oauth2-scopes-app'
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
  createApp: (enabled, services) => createOAuth2ScopesApp(services, enabled),
}
