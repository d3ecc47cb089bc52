// FastAPI's tutorial007: HTTPBasic plus a dependency that accepts one username and password,
// compared in constant time.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
import { HTTPException } from '../../server/http-exception'
import { dependency, depends, schemeDependency } from '../../server/dependencies'
import { defineRoute } from '../../server/route'
import { httpBasic, type HTTPBasicCredentials } from '../../server/security/http-basic'
import { compareDigest } from './compare-digest'

export const CORRECT_USERNAME = 'stanleyjobson'
export const CORRECT_PASSWORD = 'swordfish'

const security = schemeDependency('security', httpBasic())
const utf8 = new TextEncoder()

/** `get_current_username`: both comparisons always run, so the timing does not say which one failed. */
function checkCredentials(credentials: HTTPBasicCredentials, release: FastApiRelease): string {
  const isCorrectUsername = compareDigest(utf8.encode(credentials.username), utf8.encode(CORRECT_USERNAME))
  const isCorrectPassword = compareDigest(utf8.encode(credentials.password), utf8.encode(CORRECT_PASSWORD))
  if (!(isCorrectUsername && isCorrectPassword)) {
    const why = mismatchWhy(credentials.username, isCorrectUsername, isCorrectPassword)
    const headers = { 'WWW-Authenticate': 'Basic' }
    // The tutorial as FastAPI 0.92's docs shipped it said "email" (row `tutorial007-email-detail` of
    // docs/fastapi-behaviour.md#what-fastapi-092-did-differently).
    if (release === '0.92') {
      throw new HTTPException(401, 'Incorrect email or password', {
        headers,
        why,
        releaseChange: 'tutorial007-email-detail',
      })
    }
    throw new HTTPException(401, 'Incorrect username or password', { headers, why })
  }
  return credentials.username
}

function mismatchWhy(username: string, isCorrectUsername: boolean, isCorrectPassword: boolean): string {
  const wrong = isCorrectUsername
    ? `the username is right but the password is not ${CORRECT_PASSWORD}`
    : isCorrectPassword
      ? `the password is right but the username ${JSON.stringify(username)} is not ${CORRECT_USERNAME} (case counts)`
      : `neither the username ${JSON.stringify(username)} nor the password matches ${CORRECT_USERNAME} / ${CORRECT_PASSWORD}`
  return (
    `it compared both values byte by byte, and ${wrong}; ` +
    'the answer does not say which one was wrong, and the challenge invites the client to try again'
  )
}

const getCurrentUsername = dependency({
  name: 'get_current_username',
  params: { credentials: depends(security) },
  call: ({ credentials }, { release }) => checkCredentials(credentials, release),
})

const readCurrentUser = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_current_user',
  params: { username: depends(getCurrentUsername) },
  endpoint: ({ params: { username } }) => ({ username }),
})

export function createHttpBasicAuthCheckApp(release: FastApiRelease = 'current'): FastApiApp {
  return createFastApiApp([readCurrentUser], { release })
}
