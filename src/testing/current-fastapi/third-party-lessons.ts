// The lesson whose app trusts an outside identity provider (third-party-login), as the test against
// today's FastAPI sets it up: the stand-in provider served over HTTP on this machine, the stand-in
// app built for that address, and main.py told the provider's issuer in IDP_ISSUER, so that it
// fetches the provider's public key from the same JWKS.
import { AUDIENCE, CLIENT_ID, PROVIDER, PROVIDER_USER } from '../../lessons/third-party-login/provider'
import type { FastApiApp, ThirdPartyStandIn } from '../../server/fastapi-app'
import type { LessonServices } from '../../lessons/lesson'
import {
  authorizationRequests,
  bearerAuthorizations,
  basicAuthorizations,
  routingRequests,
} from '../generated-requests'
import type { OracleRequest } from '../fastapi-092-oracle'
import { providerTokenRequests, providerTokens } from './provider-tokens'
import { thirdPartyServer } from './third-party-server'

export const THIRD_PARTY_LESSONS: ReadonlySet<string> = new Set(['third-party-login'])

export interface ThirdPartySetting {
  /** What the stand-in app is built with: the site the provider answers on, and its key. */
  readonly services: Pick<LessonServices, 'site'>
  /** main.py's environment. */
  readonly environment: Record<string, string>
  /** The app's provider answers the HTTP server from now on. */
  serve(app: FastApiApp): void
  /** For the replayed experiments: the app's provider, Swagger UI's redirect page, the docs' client. */
  provider(app: FastApiApp): { standIn: ThirdPartyStandIn; redirectUri: string; clientId: string }
}

function providerOf(app: FastApiApp): ThirdPartyStandIn {
  const [provider] = app.thirdParties ?? []
  if (!provider) throw new Error('this lesson’s app trusts no third party')
  return provider
}

export async function thirdPartyServices(): Promise<ThirdPartySetting> {
  const server = await thirdPartyServer()
  return {
    services: { site: server.site },
    environment: { IDP_ISSUER: issuerAt(server.site) },
    serve: (app) => {
      server.serve(providerOf(app))
    },
    provider: (app) => ({
      standIn: providerOf(app),
      redirectUri: new URL('oauth2-redirect.html', server.site).href,
      clientId: CLIENT_ID,
    }),
  }
}

function issuerAt(site: URL): string {
  return `${site.href}realms/${PROVIDER.realm}`
}

export async function thirdPartyLoginRequests(now: number): Promise<OracleRequest[]> {
  const { site } = await thirdPartyServer()
  const tokens = await providerTokens({ issuer: issuerAt(site), audience: AUDIENCE, sub: PROVIDER_USER.sub, now })
  return [
    ...authorizationRequests('/users/me', bearerAuthorizations()),
    ...authorizationRequests('/items/', [...bearerAuthorizations(), ...basicAuthorizations().slice(0, 4)]),
    ...providerTokenRequests(tokens),
    ...routingRequests(['/users/me', '/items/']),
  ]
}
