// main.py's `Token` model: lesson 4's two fields, plus expires_in and the refresh token.
import type { ResponseModel } from '../../server/route'
import type { TokenPair } from './session-memory'

/** `-> Token`, what POST /token returns for either grant. */
export const tokenPairModel: ResponseModel<TokenPair> = {
  name: 'Token',
  schema: {
    properties: {
      access_token: { type: 'string', title: 'Access Token' },
      token_type: { type: 'string', title: 'Token Type' },
      expires_in: { type: 'integer', title: 'Expires In' },
      refresh_token: { type: 'string', title: 'Refresh Token' },
    },
    type: 'object',
    required: ['access_token', 'token_type', 'expires_in', 'refresh_token'],
    title: 'Token',
  },
  serialize: (token) => ({
    access_token: token.access_token,
    token_type: token.token_type,
    expires_in: token.expires_in,
    refresh_token: token.refresh_token,
  }),
}
