import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { mistakes } from './mistakes'

export const lesson: Lesson = {
  id: 'optional-auth',
  title: 'Optional and alternative credentials',
  // No tutorial app in FastAPI's docs: the classes' own source, and their reference page.
  tutorialFile: 'fastapi/security/api_key.py',
  fastapiPage: 'https://fastapi.tiangolo.com/reference/security/',
  install: 'pip install "fastapi[standard]"',
  switches: [],
  experiments,
  mistakes,
  load: () => import('./content').then((module) => module.content),
}
