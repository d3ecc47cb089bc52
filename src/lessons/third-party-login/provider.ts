// The identity provider the lesson's app trusts, as data: its realm, its one user, the apps
// registered at it. Shared by the app, its experiments and its tests without loading the app.
import type { IdentityProviderConfig } from '../../server/identity-provider/provider-state'

/** What main.py calls the API at the provider: the `aud` its access tokens must carry. */
export const AUDIENCE = 'playground-api'
/** The docs' client at the provider: `swagger_ui_init_oauth={"clientId": …}`. */
export const CLIENT_ID = 'playground-docs'
/** Another app registered at the same provider, whose tokens are for another API. */
export const OTHER_CLIENT_ID = 'billing-dashboard'
export const OTHER_AUDIENCE = 'billing-api'

export const PROVIDER_USER = {
  username: 'alice',
  password: 'wonderland',
  sub: '5f0d6c1e-8e51-4b5a-9a3f-2c7b1d9e4f60',
  name: 'Alice Liddell',
  email: 'alice@example.com',
} as const

export const PROVIDER: IdentityProviderConfig = {
  realm: 'playground',
  users: [PROVIDER_USER],
  clients: [
    { clientId: CLIENT_ID, description: 'The API’s docs (Swagger UI)', audience: AUDIENCE },
    {
      clientId: OTHER_CLIENT_ID,
      description: 'The billing dashboard, another app of the same company',
      audience: OTHER_AUDIENCE,
    },
  ],
  scopes: ['openid', 'profile', 'email'],
  // Keycloak's defaults: access tokens live five minutes, codes one.
  accessTokenSeconds: 300,
  codeSeconds: 60,
}

/** `OAuth2AuthorizationCodeBearer(scopes=…)`, as main.py words them. */
export const SCOPES: Readonly<Record<string, string>> = {
  openid: 'Sign in with OpenID Connect: also get an ID token',
  profile: 'Your name and username',
  email: 'Your email address',
}
