// The playground's stand-in for an outside identity provider (what Keycloak or Auth0 is to a real
// app): its discovery document, its signing keys (JWKS), a login page for the authorization-code
// flow and a token endpoint that checks PKCE. Not FastAPI: a third party's server, which the
// playground runs on the page's own origin, because a service worker can only answer requests
// there. Its URLs follow a Keycloak realm's (`<site>realms/<realm>/protocol/openid-connect/…`), so
// that an app written against it runs unchanged against a real Keycloak. It keeps its codes in
// memory, like the app keeps its state.
import { BoundedMap } from '../bounded-map'
import type { ExchangeRecord } from '../exchange-record'
import type { HandledRequest } from '../fastapi-app'
import type { JsonObject } from '../json'
import { jsonResponse } from '../responses'
import { IDENTITY_PROVIDER_FOLDER } from './provider-folder'
import { authorizationEndpoint } from './authorization-endpoint'
import { generateRsaSigningKey, importRsaSigningKey, type PublishedRsaKey, type RsaSigningKey } from './rsa-signing-key'
import { tokenEndpoint } from './token-endpoint'
import {
  answered,
  htmlPage,
  refusal,
  type IdentityProviderConfig,
  type ProviderAnswer,
  type ProviderEndpoints,
  type ProviderState,
} from './provider-state'

export interface IdentityProviderOptions {
  /** The playground's folder on the page's origin, with a trailing slash. */
  readonly site: URL
  readonly now: () => number
  /** The RSA private key as a JWK (a lesson's fixed one); a fresh key pair when not given. */
  readonly privateJwk?: JsonWebKey
}

export interface IdentityProvider {
  /** `<site>realms/<realm>`: its tokens' `iss`, and the root of every URL it publishes. */
  readonly issuer: string
  /** Where it answers, with a trailing slash. */
  readonly root: URL
  readonly endpoints: ProviderEndpoints
  /** The public keys its JWKS publishes. */
  jwks(): Promise<{ readonly keys: readonly PublishedRsaKey[] }>
  handle(request: Request): Promise<HandledRequest>
}

const CODES_KEPT = 200

export function createIdentityProvider(
  config: IdentityProviderConfig,
  options: IdentityProviderOptions,
): IdentityProvider {
  const root = new URL(`${IDENTITY_PROVIDER_FOLDER}${encodeURIComponent(config.realm)}/`, options.site)
  const issuer = root.href.replace(/\/$/, '')
  const endpoints: ProviderEndpoints = {
    discovery: `${issuer}${DISCOVERY}`,
    authorization: `${issuer}${AUTHORIZATION}`,
    token: `${issuer}${TOKEN}`,
    jwks: `${issuer}${JWKS}`,
    redirectUri: new URL('oauth2-redirect.html', options.site).href,
  }
  let signing: Promise<RsaSigningKey> | undefined
  const key = () => {
    signing ??= options.privateJwk ? importRsaSigningKey(options.privateJwk) : generateRsaSigningKey()
    return signing
  }
  const state: ProviderState = { config, issuer, endpoints, now: options.now, key, codes: new BoundedMap(CODES_KEPT) }
  const jwks = async () => ({ keys: [(await key()).publicJwk] })

  const site = new URL(options.site)

  async function answer(request: Request, path: string): Promise<ProviderAnswer> {
    const method = request.method.toUpperCase()
    const endpoint = ENDPOINTS.find((candidate) => candidate.path === path)
    const methods: readonly string[] | undefined = endpoint?.methods
    if (!endpoint) {
      return refusal('page', 404, 'There is no such page at the identity provider.', htmlPage('Not found'))
    }
    if (!methods?.includes(method)) {
      return refusal(
        endpoint.name,
        405,
        `The ${endpoint.name} endpoint does not take ${method}.`,
        htmlPage('Method not allowed'),
        {
          allow: endpoint.methods.join(', '),
        },
      )
    }
    switch (endpoint.name) {
      case 'discovery':
        return answered(
          'discovery',
          jsonResponse(200, discoveryDocument(state), { method }),
          'served its discovery document: where its endpoints and keys are, and what it supports.',
        )
      case 'jwks':
        return answered(
          'jwks',
          jsonResponse(200, await jwks(), { method }),
          'served its JWKS: the public keys that check its signatures.',
        )
      case 'authorize':
        return authorizationEndpoint(state, request)
      case 'token':
        return tokenEndpoint(state, request)
    }
  }

  return {
    issuer,
    root,
    endpoints,
    jwks,
    async handle(request) {
      const url = new URL(request.url)
      const path = url.pathname.slice(root.pathname.length - 1)
      const { response, steps } = await answer(request, path)
      const record: ExchangeRecord = {
        method: request.method.toUpperCase(),
        path: `/${url.pathname.slice(site.pathname.length)}`,
        rootPath: site.pathname.replace(/\/$/, ''),
        status: response.status,
        steps,
      }
      return { response, record }
    },
  }
}

// Below the issuer, as a Keycloak realm has them.
const DISCOVERY = '/.well-known/openid-configuration'
const AUTHORIZATION = '/protocol/openid-connect/auth'
const TOKEN = '/protocol/openid-connect/token'
const JWKS = '/protocol/openid-connect/certs'

const ENDPOINTS = [
  { path: DISCOVERY, name: 'discovery', methods: ['GET', 'HEAD'] },
  { path: JWKS, name: 'jwks', methods: ['GET', 'HEAD'] },
  { path: AUTHORIZATION, name: 'authorize', methods: ['GET', 'POST'] },
  { path: TOKEN, name: 'token', methods: ['POST'] },
] as const

/** The discovery document: what a client or an API reads to find everything else. */
function discoveryDocument({ issuer, endpoints, config }: ProviderState): JsonObject {
  return {
    issuer,
    authorization_endpoint: endpoints.authorization,
    token_endpoint: endpoints.token,
    jwks_uri: endpoints.jwks,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: [...config.scopes],
    token_endpoint_auth_methods_supported: ['none'],
    code_challenge_methods_supported: ['S256'],
  }
}
