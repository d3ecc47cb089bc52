// The `User` and `UserInDB` Pydantic models of tutorials 004 and 005, and the user both share.
import type { JsonObject } from '../json'
import type { PasswordVerifier } from '../passwords/password-verifier'
import type { ResponseModel } from '../route'

export interface User {
  readonly username: string
  readonly email: string | null
  readonly full_name: string | null
  readonly disabled: boolean | null
}

export interface UserInDB extends User {
  readonly hashed_password: string
}

const optional = (type: string, title: string): JsonObject => ({ anyOf: [{ type }, { type: 'null' }], title })

/** `-> User`: FastAPI validates what the endpoint returned against User, dropping hashed_password. */
export const userModel: ResponseModel<User> = {
  name: 'User',
  schema: {
    properties: {
      username: { type: 'string', title: 'Username' },
      email: optional('string', 'Email'),
      full_name: optional('string', 'Full Name'),
      disabled: optional('boolean', 'Disabled'),
    },
    type: 'object',
    required: ['username'],
    title: 'User',
  },
  serialize: (user) => ({
    username: user.username,
    email: user.email,
    full_name: user.full_name,
    disabled: user.disabled,
  }),
}

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
