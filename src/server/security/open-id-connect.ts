import { HTTPException } from '../http-exception'
import { splitAuthorization } from './authorization-header'
import type { SecurityScheme } from './security-scheme'

/**
 * `OpenIdConnect(openIdConnectUrl=…)`: documents only where the provider's discovery document is;
 * Swagger UI reads the endpoints from it. At request time FastAPI checks nothing but that an
 * Authorization header is there, and hands over the whole header, `Bearer eyJ…` or `Basic …`
 * alike: splitting off the scheme is the app's job. No header (or an empty one) is 401
 * `Not authenticated` with a Bearer challenge
 * (docs/fastapi-behaviour.md#oauth2authorizationcodebearer-and-openidconnect).
 */
export function openIdConnect(openIdConnectUrl: string): SecurityScheme<string> {
  return {
    name: 'OpenIdConnect',
    openapi: { type: 'openIdConnect', openIdConnectUrl },
    authenticate({ headers }) {
      const authorization = headers.get('authorization')
      if (!authorization) {
        return {
          ok: false,
          reason: 'no-authorization-header',
          sentScheme: null,
          exception: new HTTPException(401, 'Not authenticated', { headers: { 'WWW-Authenticate': 'Bearer' } }),
        }
      }
      return {
        ok: true,
        credentials: authorization,
        sentScheme: splitAuthorization(authorization).scheme,
        shown: authorization,
      }
    },
  }
}
