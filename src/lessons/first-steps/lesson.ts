import type { Lesson } from '../lesson'
import { STAND_IN_TOKEN_SWITCH, createFirstStepsApp } from './first-steps-app'
import pythonSource from './main.py?raw'
import story from './story.md?raw'

export const lesson: Lesson = {
  id: 'first-steps',
  title: 'First steps',
  tutorialFile: 'docs_src/security/tutorial001_an_py310.py',
  story,
  pythonSource,
  switches: [
    {
      id: STAND_IN_TOKEN_SWITCH,
      label: 'Add a stand-in /token endpoint (not part of the tutorial)',
      description:
        'Answers the password form with the username as access_token. It is hidden from the OpenAPI ' +
        'document, which stays exactly tutorial001’s.',
    },
  ],
  createApp: (enabledSwitches) => createFirstStepsApp(enabledSwitches),
}
