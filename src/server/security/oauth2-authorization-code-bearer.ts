import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import type { SecurityScheme } from './security-scheme'

export interface OAuth2AuthorizationCodeBearerOptions {
  /** Where the browser is sent to log in: the identity provider's authorization endpoint. */
  readonly authorizationUrl: string
  /** Where the code is exchanged for tokens: the provider's token endpoint. */
  readonly tokenUrl: string
  readonly scopes?: Readonly<Record<string, string>>
}

/**
 * `OAuth2AuthorizationCodeBearer(authorizationUrl=…, tokenUrl=…)`: the same check as
 * OAuth2PasswordBearer (any `Bearer <token>`, in any case, the token stripped, even empty), but it
 * documents the authorization-code flow, so Swagger UI sends the learner to the provider to log in.
 * FastAPI writes the flow's fields in its model's order: scopes, then the two URLs
 * (docs/fastapi-behaviour.md#oauth2authorizationcodebearer-and-openidconnect).
 */
export function oauth2AuthorizationCodeBearer(options: OAuth2AuthorizationCodeBearerOptions): SecurityScheme<string> {
  return {
    name: 'OAuth2AuthorizationCodeBearer',
    openapi: {
      type: 'oauth2',
      flows: {
        authorizationCode: {
          scopes: { ...options.scopes },
          authorizationUrl: options.authorizationUrl,
          tokenUrl: options.tokenUrl,
        },
      },
    },
    authenticate({ headers }) {
      const authorization = headers.get('authorization')
      const { scheme, param } = splitAuthorization(authorization)
      if (authorization && scheme.toLowerCase() === 'bearer') {
        return { ok: true, credentials: param, sentScheme: scheme, shown: param }
      }
      return {
        ok: false,
        reason: authorization ? 'wrong-scheme' : 'no-authorization-header',
        sentScheme: authorization ? scheme : null,
        exception: new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Bearer' } }),
      }
    },
  }
}
