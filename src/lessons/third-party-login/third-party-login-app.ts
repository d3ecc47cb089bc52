// An API that logs nobody in itself: an identity provider (the playground's stand-in, laid out as
// a Keycloak realm) signs RS256 tokens, and two routes check them against its published keys,
// issuer and audience: one behind OAuth2AuthorizationCodeBearer, one behind OpenIdConnect.
import { createFastApiApp, type FastApiApp } from '../../server/fastapi-app'
import { dependency, depends, schemeDependency } from '../../server/dependencies'
import { createIdentityProvider } from '../../server/identity-provider/identity-provider'
import type { JsonObject } from '../../server/json'
import { defineRoute, type ResponseModel } from '../../server/route'
import { oauth2AuthorizationCodeBearer } from '../../server/security/oauth2-authorization-code-bearer'
import { openIdConnect } from '../../server/security/open-id-connect'
import { splitAuthorization } from '../../server/security/authorization-header'
import type { LessonServices } from '../lesson'
import { CLIENT_ID, PROVIDER, SCOPES } from './provider'
import { PROVIDER_PRIVATE_KEY } from './provider-key'
import { credentialsException, verifyToken, type User } from './token-check'

/** Where the tests' stand-in lives when the services name no site: FastAPI's TestClient's host. */
const TEST_SITE = new URL('http://testserver/')

const optional = (title: string): JsonObject => ({ anyOf: [{ type: 'string' }, { type: 'null' }], title })

/** `-> User`. */
const userModel: ResponseModel<User> = {
  name: 'User',
  schema: {
    properties: { sub: { type: 'string', title: 'Sub' }, username: optional('Username'), email: optional('Email') },
    type: 'object',
    required: ['sub'],
    title: 'User',
  },
  serialize: (user) => ({ sub: user.sub, username: user.username, email: user.email }),
}

export function createThirdPartyLoginApp(services: LessonServices): FastApiApp {
  const provider = createIdentityProvider(PROVIDER, {
    site: services.site ?? TEST_SITE,
    now: services.now,
    privateJwk: PROVIDER_PRIVATE_KEY,
  })
  const { issuer } = provider
  const oauth2Scheme = schemeDependency(
    'oauth2_scheme',
    oauth2AuthorizationCodeBearer({
      authorizationUrl: `${issuer}/protocol/openid-connect/auth`,
      tokenUrl: `${issuer}/protocol/openid-connect/token`,
      scopes: SCOPES,
    }),
  )
  const oidcScheme = schemeDependency('oidc_scheme', openIdConnect(`${issuer}/.well-known/openid-configuration`))

  const getCurrentUser = dependency({
    name: 'get_current_user',
    params: { token: depends(oauth2Scheme) },
    call: ({ token }) => verifyToken(token, provider, services.now()),
  })
  const getCurrentUserOidc = dependency({
    name: 'get_current_user_oidc',
    params: { authorization: depends(oidcScheme) },
    call: ({ authorization }) => {
      // OpenIdConnect hands over the whole header: `scheme, _, token = authorization.partition(" ")`.
      const space = authorization.indexOf(' ')
      const scheme = space === -1 ? authorization : authorization.slice(0, space)
      if (scheme.toLowerCase() !== 'bearer') {
        const sent = splitAuthorization(authorization).scheme
        throw credentialsException(
          `the Authorization header starts with ${JSON.stringify(sent)}, not Bearer: OpenIdConnect hands over the ` +
            'whole header, and checking its scheme is the app’s job',
          'not-bearer',
        )
      }
      return verifyToken(space === -1 ? '' : authorization.slice(space + 1), provider, services.now())
    },
  })

  const readUsersMe = defineRoute({
    method: 'GET',
    path: '/users/me',
    name: 'read_users_me',
    params: { current_user: depends(getCurrentUser) },
    responseModel: userModel,
    endpoint: ({ params: { current_user } }) => current_user,
  })
  const readItems = defineRoute({
    method: 'GET',
    path: '/items/',
    name: 'read_items',
    params: { current_user: depends(getCurrentUserOidc) },
    endpoint: ({ params: { current_user } }) => [{ item_id: 'Foo', owner: current_user.sub }],
  })

  const app = createFastApiApp([readUsersMe, readItems], {
    swaggerUiInitOAuth: { clientId: CLIENT_ID, usePkceWithAuthorizationCodeGrant: true },
  })
  return { ...app, thirdParties: [provider] }
}
