// The lessons as the walkthroughs see them: the same objects the page registers, imported one by
// one because the page's registry is discovered by Vite. experiments.spec.ts checks the list is whole.
import { lesson as firstSteps } from '../../src/lessons/first-steps/lesson'
import { lesson as getCurrentUser } from '../../src/lessons/get-current-user/lesson'
import { lesson as httpBasicAuthCheck } from '../../src/lessons/http-basic-auth-check/lesson'
import { lesson as httpBasicAuth } from '../../src/lessons/http-basic-auth/lesson'
import { lesson as oauth2Jwt } from '../../src/lessons/oauth2-jwt/lesson'
import { lesson as oauth2Scopes } from '../../src/lessons/oauth2-scopes/lesson'
import { lesson as simpleOAuth2 } from '../../src/lessons/simple-oauth2/lesson'
import type { Lesson } from '../../src/lessons/lesson'

export const LESSONS: readonly Lesson[] = [
  firstSteps,
  getCurrentUser,
  simpleOAuth2,
  oauth2Jwt,
  oauth2Scopes,
  httpBasicAuth,
  httpBasicAuthCheck,
]
