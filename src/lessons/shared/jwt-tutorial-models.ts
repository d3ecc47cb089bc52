// The Pydantic models of tutorials 004 and 005: `Token`, `User` and `UserInDB`.
import type { JsonObject } from '../../server/json'
import type { ResponseModel } from '../../server/route'

export interface Token {
  readonly access_token: string
  readonly token_type: string
}

/** `-> Token`, what POST /token returns. */
export const tokenModel: ResponseModel<Token> = {
  name: 'Token',
  schema: {
    properties: {
      access_token: { type: 'string', title: 'Access Token' },
      token_type: { type: 'string', title: 'Token Type' },
    },
    type: 'object',
    required: ['access_token', 'token_type'],
    title: 'Token',
  },
  serialize: (token) => ({ access_token: token.access_token, token_type: token.token_type }),
}

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
