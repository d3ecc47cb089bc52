// The lesson's Pydantic models `User` and `UserInDB`: lesson 5's user with roles instead of an email
// and a disabled flag.
import type { JsonObject } from '../../server/json'
import type { ResponseModel } from '../../server/route'

export interface RoleUser {
  readonly username: string
  readonly full_name: string | null
  /** What the user is, kept with the user on the server: `["admin"]`. */
  readonly roles: readonly string[]
}

export interface RoleUserInDB extends RoleUser {
  readonly hashed_password: string
}

const fullName: JsonObject = { anyOf: [{ type: 'string' }, { type: 'null' }], title: 'Full Name' }

/** `-> User`: FastAPI validates what the endpoint returned against User, dropping hashed_password. */
export const roleUserModel: ResponseModel<RoleUser> = {
  name: 'User',
  schema: {
    properties: {
      username: { type: 'string', title: 'Username' },
      full_name: fullName,
      roles: { items: { type: 'string' }, type: 'array', title: 'Roles', default: [] },
    },
    type: 'object',
    required: ['username'],
    title: 'User',
  },
  serialize: (user) => ({ username: user.username, full_name: user.full_name, roles: [...user.roles] }),
}
