// FastAPI's tutorial003: a real password check against a user table, and a token that is simply
// the username. Deliberately insecure: lesson 4 replaces the token with a signed JWT.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import type { FastApiRelease } from '../../server/fastapi-release'
import { oauth2PasswordRequestForm } from '../../server/forms/oauth2-password-request-form'
import { HTTPException } from '../../server/http-exception'
import { defineRoute } from '../../server/route'
import { oauth2PasswordBearer } from '../../server/security/oauth2-password-bearer'

/** tutorial003's `UserInDB`: `User`'s fields in declaration order, then `hashed_password`. */
export interface UserInDB {
  readonly username: string
  readonly email: string | null
  readonly full_name: string | null
  readonly disabled: boolean | null
  readonly hashed_password: string
}

// A Map, not an object literal: a username such as "constructor" must not find anything.
export const fakeUsersDb: ReadonlyMap<string, UserInDB> = new Map([
  [
    'johndoe',
    {
      username: 'johndoe',
      email: 'johndoe@example.com',
      full_name: 'John Doe',
      disabled: false,
      hashed_password: 'fakehashedsecret',
    },
  ],
  [
    'alice',
    {
      username: 'alice',
      email: 'alice@example.com',
      full_name: 'Alice Wonderson',
      disabled: true,
      hashed_password: 'fakehashedsecret2',
    },
  ],
])

export function fakeHashPassword(password: string): string {
  return `fakehashed${password}`
}

const oauth2Scheme = oauth2PasswordBearer({ tokenUrl: 'token' })

/** Names the user a learner probably meant when only the letter case is off. */
function caseHint(name: string): string {
  const meant = [...fakeUsersDb.keys()].find((username) => username.toLowerCase() === name.toLowerCase())
  return meant === undefined ? '' : ` (usernames are case-sensitive: did you mean "${meant}"?)`
}

function incorrectLogin(why: string): HTTPException {
  return new HTTPException(400, 'Incorrect username or password', { why })
}

/** `get_current_user` and `get_current_active_user`: the token is looked up as a username. */
function getCurrentActiveUser(token: string, release: FastApiRelease): UserInDB {
  const user = fakeUsersDb.get(token)
  if (!user) {
    const why =
      token === ''
        ? 'The token is empty. In this app the token is a username, and no user has an empty name.'
        : `No user is called "${token}"${caseHint(token)}. In this app the token must be a username, exactly.`
    const headers = { 'WWW-Authenticate': 'Bearer' }
    // The tutorial as FastAPI 0.92's docs shipped it named the failure differently (§7 row 3).
    if (release === '0.92') {
      throw new HTTPException(401, 'Invalid authentication credentials', {
        headers,
        why,
        releaseChange: 'tutorial003-invalid-credentials',
      })
    }
    throw new HTTPException(401, 'Not authenticated', { headers, why })
  }
  if (user.disabled) {
    throw new HTTPException(400, 'Inactive user', {
      why: `The token names ${user.username}, but ${user.username} is disabled, so get_current_active_user refuses.`,
    })
  }
  return user
}

const login = defineRoute({
  method: 'POST',
  path: '/token',
  name: 'login',
  form: oauth2PasswordRequestForm,
  endpoint: ({ form }) => {
    const user = fakeUsersDb.get(form.username)
    if (!user) {
      throw incorrectLogin(`No user is called "${form.username}"${caseHint(form.username)}.`)
    }
    const hashed = fakeHashPassword(form.password)
    if (hashed !== user.hashed_password) {
      throw incorrectLogin(
        `The password does not match ${user.username}'s: it "hashes" to "${hashed}", ` +
          `but the stored hash is "${user.hashed_password}".`,
      )
    }
    // Disabled users get a token too; they are turned away only when they use it.
    return { access_token: user.username, token_type: 'bearer' }
  },
})

const readUsersMe = defineRoute({
  method: 'GET',
  path: '/users/me',
  name: 'read_users_me',
  security: { scheme: oauth2Scheme },
  // No response model: the stored user goes out whole, hashed_password included.
  endpoint: ({ credentials: token, release }) => getCurrentActiveUser(token, release),
})

export function createSimpleOAuth2App(release: FastApiRelease = 'current'): FastApiApp {
  return createFastApiApp([login, readUsersMe], { release })
}
