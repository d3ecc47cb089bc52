// main.py's verify_token: the token checked against the provider's JWKS, issuer and audience, as
// PyJWT does it, and every refusal one 401 whose record says which rule refused it.
import { HTTPException } from '../../server/http-exception'
import type { IdentityProvider } from '../../server/identity-provider/identity-provider'
import type { JsonObject } from '../../server/json'
import { describeMoment } from '../../server/jwt/jwt-failure'
import { pyjwkClientDecode, type JwksFailure } from '../../server/jwt/pyjwk-client-decode'
import { AUDIENCE } from './provider'

/** main.py's User: what the app keeps of a valid token. */
export interface User {
  readonly sub: string
  readonly username: string | null
  readonly email: string | null
}

export function credentialsException(why: string, check: string): HTTPException {
  return new HTTPException(401, 'Could not validate credentials', {
    headers: { 'WWW-Authenticate': 'Bearer' },
    why,
    check,
  })
}

export async function verifyToken(token: string, provider: IdentityProvider, now: number): Promise<User> {
  const result = await pyjwkClientDecode(token, {
    jwks: () => provider.jwks(),
    audience: AUDIENCE,
    issuer: provider.issuer,
    require: ['exp', 'sub'],
    now,
  })
  if (!result.ok)
    throw credentialsException(describe(result.failure, provider.issuer, now), `jwt-${result.failure.kind}`)
  const { claims } = result
  // PyJWT has made sure sub is there and is a string: require=["sub"], then its own sub check.
  return {
    sub: stringOrNull(claims, 'sub') ?? '',
    username: stringOrNull(claims, 'preferred_username'),
    email: stringOrNull(claims, 'email'),
  }
}

function stringOrNull(claims: JsonObject, name: string): string | null {
  const value = claims[name]
  return typeof value === 'string' ? value : null
}

/** Why PyJWT (or PyJWKClient) refused the token, in the learner's terms. */
function describe(failure: JwksFailure, issuer: string, now: number): string {
  switch (failure.kind) {
    case 'malformed':
      return `PyJWT could not read the token (DecodeError: ${failure.message}); a JWT is three base64url parts joined by dots`
    case 'bad-header':
      return `PyJWT refused the token’s header (${failure.message})`
    case 'no-matching-key':
      return failure.kid === undefined
        ? 'the token’s header names no kid, so PyJWKClient found no key in the provider’s JWKS to check it with'
        : `no key in the provider’s JWKS has the kid ${JSON.stringify(failure.kid)}: this provider did not sign it ` +
            '(PyJWKClientError)'
    case 'algorithm-not-allowed':
      return failure.alg === undefined
        ? 'the token header names no alg, and the app only accepts RS256'
        : `the token header says alg ${JSON.stringify(failure.alg)}, and the app only accepts RS256`
    case 'bad-signature':
      return (
        'the signature does not match the provider’s public key for that kid: the token was signed with another ' +
        'key, or changed after it was signed'
      )
    case 'missing-claim':
      return failure.claim === 'aud' || failure.claim === 'iss'
        ? `the token has no ${failure.claim} claim, and the app checks it`
        : `the token has no ${failure.claim} claim, and the app requires one`
    case 'claim-not-integer':
      return `the token’s ${failure.claim} claim ${JSON.stringify(failure.value)} is not an integer number of seconds`
    case 'expired':
      return `the token’s exp was ${describeMoment(failure.exp, now)}`
    case 'not-yet-valid':
      return failure.claim === 'nbf'
        ? `the token’s nbf says it is not valid before ${describeMoment(failure.at, now)}`
        : `the token’s iat says it was issued at ${describeMoment(failure.at, now)}, in the future`
    case 'wrong-issuer':
      return `the token’s iss is ${JSON.stringify(failure.iss)}, not the provider the app trusts (${issuer})`
    case 'wrong-audience':
      return `the token’s aud is ${JSON.stringify(failure.aud)}: it was issued for another API, and the app accepts only ${AUDIENCE}`
    case 'claim-not-string':
      return `the token’s ${failure.claim} claim is ${JSON.stringify(failure.value)}, and PyJWT requires a string`
  }
}
