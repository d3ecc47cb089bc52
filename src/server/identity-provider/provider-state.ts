// What the stand-in identity provider's endpoints share: its configuration, its state, and the
// shapes of their answers and records.
import type { DecisionStep } from '../exchange-record'
import { htmlResponse } from '../responses'
import type { RsaSigningKey } from './rsa-signing-key'

export interface ProviderUser {
  readonly username: string
  readonly password: string
  /** The provider's own id for the user: what tokens carry as `sub`, stable even if the username changes. */
  readonly sub: string
  readonly name: string
  readonly email: string
}

/** An application registered at the provider: a public client (no secret), so PKCE is required. */
export interface ProviderClient {
  readonly clientId: string
  /** What the client is, for the login page: "the API's docs (Swagger UI)". */
  readonly description: string
  /** The API its access tokens are for: their `aud`. */
  readonly audience: string
}

export interface IdentityProviderConfig {
  /** The realm's name: the last part of the issuer, `<site>realms/<realm>`. */
  readonly realm: string
  readonly users: readonly ProviderUser[]
  readonly clients: readonly ProviderClient[]
  readonly scopes: readonly string[]
  readonly accessTokenSeconds: number
  readonly codeSeconds: number
}

/** A code the authorization endpoint handed out, and what it was handed out for. */
export interface IssuedCode {
  readonly clientId: string
  readonly redirectUri: string
  readonly codeChallenge: string
  readonly scopes: readonly string[]
  readonly user: ProviderUser
  /** ms since 1970, by the provider's clock. */
  readonly issuedAt: number
  used: boolean
}

export interface ProviderEndpoints {
  readonly discovery: string
  readonly authorization: string
  readonly token: string
  readonly jwks: string
  /** Where its registered clients may be sent back to: Swagger UI's oauth2-redirect.html beside the page. */
  readonly redirectUri: string
}

/** What one endpoint decided, as the exchange's record keeps it. */
export type ProviderStep = Extract<DecisionStep, { stage: 'identity-provider' }>

/** What an endpoint hands back: its answer and the steps that explain it. */
export interface ProviderAnswer {
  readonly response: Response
  readonly steps: readonly ProviderStep[]
}

/** What the endpoints share: the configuration, the clock, the key, the codes handed out. */
export interface ProviderState {
  readonly config: IdentityProviderConfig
  readonly issuer: string
  readonly endpoints: ProviderEndpoints
  readonly now: () => number
  readonly key: () => Promise<RsaSigningKey>
  readonly codes: Map<string, IssuedCode>
}

export function answered(
  endpoint: ProviderStep['endpoint'],
  response: Response,
  why: string,
  check?: string,
): ProviderAnswer {
  return {
    response,
    steps: [{ stage: 'identity-provider', endpoint, result: 'answered', why, ...(check && { check }) }],
  }
}

export function refusal(
  endpoint: ProviderStep['endpoint'],
  status: number,
  why: string,
  body: string,
  headers: Record<string, string> = {},
  check?: string,
): ProviderAnswer {
  const response = htmlResponse(body, 'GET')
  const refused = new Response(response.body, {
    status,
    headers: { ...Object.fromEntries(response.headers), ...headers },
  })
  return {
    response: refused,
    steps: [{ stage: 'identity-provider', endpoint, result: 'refused', why, ...(check && { check }) }],
  }
}

/** A bare page for the provider's own errors (nothing is redirected to the client). */
export function htmlPage(title: string, message = ''): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Identity provider</title></head>` +
    `<body><main><h1>${title}</h1>${message && `<p>${message}</p>`}</main></body></html>`
  )
}
