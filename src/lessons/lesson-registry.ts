// Every lesson, in two groups: FastAPI's security chapter in its own order, then the questions
// beyond it. The one list the page, the unit tests and the walkthroughs read. Adding a lesson is
// adding its folder `lessons/<id>/` and one entry here (its import and its place in a group);
// lesson-registry.test.ts fails on a folder left out. Each lesson.ts is small (titles, switches,
// experiments): the app itself stays behind `load()`.
import { lesson as cookieAuth } from './cookie-auth/lesson'
import { lesson as firstSteps } from './first-steps/lesson'
import { lesson as getCurrentUser } from './get-current-user/lesson'
import { lesson as httpBasicAuthCheck } from './http-basic-auth-check/lesson'
import { lesson as httpBasicAuth } from './http-basic-auth/lesson'
import type { Lesson } from './lesson'
import { lesson as oauth2Jwt } from './oauth2-jwt/lesson'
import { lesson as oauth2Scopes } from './oauth2-scopes/lesson'
import { lesson as optionalAuth } from './optional-auth/lesson'
import { lesson as refreshAndLogout } from './refresh-and-logout/lesson'
import { lesson as routerDependencies } from './router-dependencies/lesson'
import { lesson as simpleOAuth2 } from './simple-oauth2/lesson'
import { lesson as thirdPartyLogin } from './third-party-login/lesson'

export interface LessonGroup {
  /** The group's heading in the navigation. */
  readonly title: string
  readonly lessons: readonly Lesson[]
}

export const lessonGroups: readonly LessonGroup[] = [
  {
    title: 'The security tutorial',
    lessons: [firstSteps, getCurrentUser, simpleOAuth2, oauth2Jwt, oauth2Scopes, httpBasicAuth, httpBasicAuthCheck],
  },
  {
    title: 'Beyond the tutorial',
    lessons: [optionalAuth, cookieAuth, refreshAndLogout, routerDependencies, thirdPartyLogin],
  },
]

/** Every lesson, in the navigation's order. */
export const lessons: readonly Lesson[] = lessonGroups.flatMap((group) => group.lessons)

/** A lesson of the second group: its app is the playground's, built on FastAPI's classes, not a tutorial page's. */
export function isBeyondTheTutorial(lesson: Lesson): boolean {
  return !lessonGroups[0]?.lessons.includes(lesson)
}

export function findLesson(id: string | null): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id)
}
