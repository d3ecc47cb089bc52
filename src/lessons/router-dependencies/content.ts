import type { LessonContent } from '../lesson'
import { createRouterDependenciesApp } from './router-dependencies-app'
import pythonSource from './main.py?raw'
import pythonSourceWithoutAnnotated from './main_depends.py?raw'
import story from './story.md?raw'
import testSource from './test_main.py?raw'

export const content: LessonContent = {
  story,
  pythonSource,
  pythonSourceWithoutAnnotated,
  takeHomeTest: { fileName: 'test_main.py', source: testSource },
  createApp: (_enabledSwitches, services) => createRouterDependenciesApp(services),
}
