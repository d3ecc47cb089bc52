// What a lesson is: one FastAPI tutorial app, rebuilt from route declarations, plus its text.
import type { FastApiApp } from '../server/fastapi-app'

/** The ids follow the pages of FastAPI's security chapter, in the chapter's order. */
export const LESSON_IDS = [
  'first-steps',
  'get-current-user',
  'simple-oauth2',
  'oauth2-jwt',
  'oauth2-scopes',
  'http-basic-auth',
  'http-basic-auth-check',
] as const

export type LessonId = (typeof LESSON_IDS)[number]

/** An optional addition to the tutorial's app, off on every fresh page load. */
export interface LessonSwitch {
  readonly id: string
  readonly label: string
  readonly description: string
}

export interface Lesson {
  readonly id: LessonId
  readonly title: string
  /** FastAPI's source file for this app, e.g. `docs_src/security/tutorial001_an_py310.py`. */
  readonly tutorialFile: string
  /** A short introduction in plain text, shown above the docs. */
  readonly intro: readonly string[]
  readonly switches: readonly LessonSwitch[]
  createApp(enabledSwitches: ReadonlySet<string>): FastApiApp
}
