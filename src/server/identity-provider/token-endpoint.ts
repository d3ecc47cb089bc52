// The token endpoint (RFC 6749 §4.1.3, RFC 6749 §5 and RFC 7636 §4.6): exchanges a one-time code and
// its PKCE code_verifier for an RS256 access token (for the client's API: its `aud`) and, when
// `openid` was asked for, an ID token (for the client itself). Errors are RFC 6749 §5.2's JSON.
import type { JsonObject } from '../json'
import { jsonResponse } from '../responses'
import type { ProviderAnswer, ProviderState } from './provider-state'
import { base64urlWithoutPadding } from '../python-secrets'
import { verifierMatches } from './pkce'

// RFC 6749 §5.1: a token response must not be cached.
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' }

export async function tokenEndpoint(state: ProviderState, request: Request): Promise<ProviderAnswer> {
  const fields = new URLSearchParams(await request.text())
  const field = (name: string) => fields.get(name) ?? ''
  if (field('grant_type') !== 'authorization_code') {
    return tokenError(
      400,
      'unsupported_grant_type',
      `The identity provider refused grant_type ${JSON.stringify(field('grant_type'))}: it only exchanges authorization codes.`,
      'unsupported-grant-type',
    )
  }
  const client = state.config.clients.find((candidate) => candidate.clientId === field('client_id'))
  if (!client) {
    return tokenError(
      401,
      'invalid_client',
      'The identity provider knows no client by that client_id.',
      'unknown-client',
    )
  }
  const code = field('code')
  const issued = state.codes.get(code)
  if (!issued) {
    return tokenError(
      400,
      'invalid_grant',
      'The identity provider never issued that code (or has forgotten it).',
      'unknown-code',
    )
  }
  // RFC 6749 §4.1.2: a code is good for one exchange. (A real provider should also revoke what the first
  // exchange issued; signed JWTs cannot be called back, so they simply run out.)
  if (issued.used) {
    return tokenError(
      400,
      'invalid_grant',
      'The identity provider refused the code: it was already exchanged once, and a code is good for one exchange only.',
      'code-replayed',
    )
  }
  issued.used = true
  if (state.now() - issued.issuedAt >= state.config.codeSeconds * 1000) {
    return tokenError(
      400,
      'invalid_grant',
      `The identity provider refused the code: it expired ${state.config.codeSeconds} s after it was issued.`,
      'code-expired',
    )
  }
  if (issued.clientId !== client.clientId) {
    return tokenError(
      400,
      'invalid_grant',
      `The code was issued to ${issued.clientId}, not to ${client.clientId}.`,
      'code-of-another-client',
    )
  }
  if (field('redirect_uri') !== issued.redirectUri) {
    return tokenError(
      400,
      'invalid_grant',
      'The redirect_uri differs from the one the code was issued for.',
      'redirect-uri-mismatch',
    )
  }
  const verifier = field('code_verifier')
  if (!(await verifierMatches(verifier, issued.codeChallenge))) {
    const why =
      verifier === ''
        ? 'No code_verifier came with the code, and the code was issued for a code_challenge: whoever sends it must prove they started the login.'
        : 'BASE64URL(SHA256(code_verifier)) is not the code_challenge the login started with: this is not the client that started it.'
    return tokenError(400, 'invalid_grant', `The identity provider refused the code. ${why}`, 'pkce-mismatch')
  }

  const key = await state.key()
  const issuedAt = Math.floor(state.now() / 1000)
  const expiresAt = issuedAt + state.config.accessTokenSeconds
  const { user, scopes } = issued
  const scope = scopes.join(' ')
  const profile: JsonObject = scopes.includes('profile') ? { preferred_username: user.username, name: user.name } : {}
  const email: JsonObject = scopes.includes('email') ? { email: user.email } : {}
  const accessClaims: JsonObject = {
    iss: state.issuer,
    sub: user.sub,
    aud: client.audience,
    azp: client.clientId,
    iat: issuedAt,
    exp: expiresAt,
    jti: base64urlWithoutPadding(crypto.getRandomValues(new Uint8Array(16))),
    scope,
    ...profile,
    ...email,
  }
  const openid = scopes.includes('openid')
  // An ID token is for the client that logged the user in, not for any API: its aud is the client.
  const idToken = openid
    ? await key.sign({
        iss: state.issuer,
        sub: user.sub,
        aud: client.clientId,
        azp: client.clientId,
        iat: issuedAt,
        exp: expiresAt,
        auth_time: Math.floor(issued.issuedAt / 1000),
        ...profile,
        ...email,
      })
    : undefined
  const body: JsonObject = {
    access_token: await key.sign(accessClaims),
    token_type: 'Bearer',
    expires_in: state.config.accessTokenSeconds,
    scope,
    ...(idToken === undefined ? {} : { id_token: idToken }),
  }
  return {
    response: jsonResponse(200, body, { headers: NO_STORE }),
    steps: [
      {
        stage: 'identity-provider',
        endpoint: 'token',
        result: 'answered',
        why:
          'The identity provider found that BASE64URL(SHA256(code_verifier)) equals the code_challenge the login ' +
          `started with, so this is the client that started it. It issued an RS256 access token for ${client.audience} ` +
          `(its aud), valid ${state.config.accessTokenSeconds / 60} minutes` +
          `${openid ? `, and an ID token for ${client.clientId} itself` : ''}, signed with the key its JWKS publishes.`,
        check: 'tokens-issued',
      },
    ],
  }
}

/** RFC 6749 §5.2: the error code, and a description for the developer reading the answer. */
function tokenError(status: number, error: string, why: string, check: string): ProviderAnswer {
  return {
    response: jsonResponse(status, { error, error_description: DESCRIPTIONS[check] ?? error }, { headers: NO_STORE }),
    steps: [{ stage: 'identity-provider', endpoint: 'token', result: 'refused', why, check }],
  }
}

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'unsupported-grant-type': 'Only grant_type=authorization_code is supported.',
  'unknown-client': 'Unknown client_id.',
  'unknown-code': 'Unknown authorization code.',
  'code-replayed': 'The authorization code was already used.',
  'code-expired': 'The authorization code has expired.',
  'code-of-another-client': 'The authorization code was issued to another client.',
  'redirect-uri-mismatch': 'The redirect_uri does not match the authorization request.',
  'pkce-mismatch': 'The code_verifier does not match the code_challenge.',
}
