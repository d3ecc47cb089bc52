// The `Token` Pydantic model that tutorials 004 and 005 return from POST /token.
import type { ResponseModel } from '../route'

export interface Token {
  readonly access_token: string
  readonly token_type: string
}

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
