// Every lesson, in the order of FastAPI's security chapter: the one list the page, the unit tests
// and the walkthroughs read. Adding a lesson is adding its folder `lessons/<id>/` and one entry here
// (its import and its place in LESSONS); lesson-registry.test.ts fails on a folder left out. Each
// lesson.ts is small (titles, switches, experiments): the app itself stays behind `load()`.
import { lesson as firstSteps } from './first-steps/lesson'
import { lesson as getCurrentUser } from './get-current-user/lesson'
import { lesson as httpBasicAuthCheck } from './http-basic-auth-check/lesson'
import { lesson as httpBasicAuth } from './http-basic-auth/lesson'
import type { Lesson } from './lesson'
import { lesson as oauth2Jwt } from './oauth2-jwt/lesson'
import { lesson as oauth2Scopes } from './oauth2-scopes/lesson'
import { lesson as simpleOAuth2 } from './simple-oauth2/lesson'

export const lessons: readonly Lesson[] = [
  firstSteps,
  getCurrentUser,
  simpleOAuth2,
  oauth2Jwt,
  oauth2Scopes,
  httpBasicAuth,
  httpBasicAuthCheck,
]

export function findLesson(id: string | null): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id)
}
