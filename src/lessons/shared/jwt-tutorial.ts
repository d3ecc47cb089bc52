// What tutorials 004 and 005 share in their main.py: the JWT settings, johndoe, authenticate_user
// and create_access_token. Their Pydantic models are in jwt-tutorial-models.ts; PyJWT itself is the
// stand-in's (server/jwt/).
import type { JsonObject } from '../../server/json'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { PasswordVerifier } from '../../server/passwords/password-verifier'
import type { UserInDB } from './jwt-tutorial-models'

// The key is public on purpose: it is printed in FastAPI's docs, which is also why anyone can forge
// tokens for these apps. ALGORITHM is "HS256", the one algorithm pyjwtEncode writes and pyjwtDecode accepts.

/** Used as the UTF-8 bytes of this 64-character string; PyJWT does not hex-decode it. */
export const SECRET_KEY = '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7'
export const ACCESS_TOKEN_EXPIRE_MINUTES = 30

/** johndoe, password `secret`, with the Argon2id hash both tutorials store for him. */
export const JOHNDOE: UserInDB = {
  username: 'johndoe',
  full_name: 'John Doe',
  email: 'johndoe@example.com',
  hashed_password: '$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc',
  disabled: false,
}

/**
 * Checked against when the username is unknown, so that "no such user" takes as long as "wrong
 * password" and the timing does not reveal which usernames exist. Our own Argon2id hash (same
 * parameters as pwdlib's) of a password nobody types: the Python app hashes one at start-up.
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$wdRF8YDb6ft6AQ0gNzehEA$7gWREWbvotCZR6IYbf5VC33xHXaMF/3+U8Id5ywf7qY'

/**
 * The JWT tutorials' authenticate_user: the user, or why the login fails (for the inspector).
 * An unknown username is still checked against DUMMY_HASH, so both failures take as long.
 */
export async function authenticateUser(
  fakeUsersDb: ReadonlyMap<string, UserInDB>,
  passwords: PasswordVerifier,
  username: string,
  password: string,
): Promise<UserInDB | string> {
  const user = fakeUsersDb.get(username)
  if (!user) {
    await passwords.verify(password, DUMMY_HASH)
    return `there is no user ${JSON.stringify(username)}; the password was still checked against DUMMY_HASH, so this answer takes as long as a wrong password`
  }
  if (!(await passwords.verify(password, user.hashed_password))) {
    return `the password does not match the Argon2 hash stored for ${user.username}`
  }
  return user
}

/**
 * The tutorials' create_access_token: the data, then `exp` thirty minutes from now, whole
 * seconds (PyJWT drops the fraction of the datetime). `now` is in milliseconds.
 */
export function createAccessToken(data: JsonObject, now: number): Promise<string> {
  const exp = Math.floor(now / 1000) + ACCESS_TOKEN_EXPIRE_MINUTES * 60
  return pyjwtEncode({ ...data, exp }, SECRET_KEY)
}
