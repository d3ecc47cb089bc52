// Bearer tokens for the JWT lessons (tutorials 004 and 005), around one frozen instant: what a login
// at that instant mints, the same a second either side of expiry, other subjects, tampered and
// unsigned copies, scope claims of every shape, and the fixture tokens. Signed with the tutorials'
// SECRET_KEY by the stand-in's PyJWT, which the login comparisons check against the real one.
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import type { JsonObject } from '../../server/json'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { OracleRequest } from '../fastapi-092-oracle'
import { FIXTURE_TOKENS } from '../fixture-tokens'
import type { PasswordFormChoices } from '../generated-requests'

/**
 * Far fewer than the full cross product, which lesson 3 gets (the same OAuth2PasswordRequestForm):
 * here every login that passes validation costs an Argon2 run on each side.
 */
export const ARGON2_LOGIN_CHOICES: PasswordFormChoices = {
  grantTypes: [undefined, 'passwordX'],
  usernames: [undefined, 'johndoe', 'nobody'],
  passwords: [undefined, 'secret', 'wrong'],
}

/** Claims around `now` (ms): `exp` as create_access_token writes it, whole seconds 30 minutes on. */
function claimSets(now: number): JsonObject[] {
  const second = Math.floor(now / 1000)
  const exp = second + 30 * 60
  return [
    { sub: 'johndoe', exp },
    // PyJWT refuses a token from the second its exp names: with a fraction past `second`, that one is gone.
    { sub: 'johndoe', exp: second },
    { sub: 'johndoe', exp: second + 1 },
    { sub: 'johndoe', exp: second - 30 * 60 },
    { sub: 'johndoe', exp: String(exp) },
    { sub: 'johndoe', exp, iat: second + 60 },
    { sub: 'johndoe', exp, nbf: second - 60 },
    { sub: 'alice', exp },
    { sub: 'nobody', exp },
    { sub: '', exp },
    { exp },
    { sub: null, exp },
    { sub: 'johndoe', scope: 'me', exp },
    { sub: 'johndoe', scope: 'items', exp },
    { sub: 'johndoe', scope: 'me items', exp },
    { sub: 'johndoe', scope: 'items me', exp },
    { sub: 'johndoe', scope: 'me  items', exp },
    { sub: 'johndoe', scope: ' me', exp },
    { sub: 'johndoe', scope: '', exp },
    { sub: 'johndoe', scope: 'Me', exp },
    { sub: 'johndoe', scope: ['me', 'items'], exp },
    { sub: 'johndoe', scope: null, exp },
    { sub: 'johndoe', scope: 7, exp },
    { sub: 'alice', scope: 'me', exp },
    { sub: 'alice', scope: 'me items', exp },
    { sub: 'nobody', scope: 'me items', exp },
  ]
}

/** The tokens, each once: minted ones, then tampered and unsigned copies, then the fixtures. */
export async function jwtTokens(now: number): Promise<string[]> {
  const minted = await Promise.all(claimSets(now).map((claims) => pyjwtEncode(claims, SECRET_KEY)))
  const [john = ''] = minted
  const [header = '', payload = '', signature = ''] = john.split('.')
  const forged = Buffer.from(JSON.stringify({ sub: 'alice', exp: Math.floor(now / 1000) + 1800 })).toString('base64url')
  const tampered = [
    `${header}.${forged}.${signature}`,
    `${header}.${payload}.`,
    `${header}.${payload}`,
    `${header}.${payload}.${signature}x`,
    `${header}.${payload}.${signature.slice(0, -1)}`,
    `${header}.${payload}.${signature}=`,
    `${header}..${signature}`,
    john.toUpperCase(),
  ]
  return [...new Set([...minted, ...tampered, ...Object.values(FIXTURE_TOKENS)])]
}

/** GET each path with each token, as `Bearer <token>` and in two other spellings for the first path. */
export function jwtRequests(paths: readonly string[], tokens: readonly string[]): OracleRequest[] {
  const requests: OracleRequest[] = []
  for (const path of paths) {
    for (const token of tokens) requests.push({ method: 'GET', path, headers: [['authorization', `Bearer ${token}`]] })
  }
  const [first = '/'] = paths
  const [john = ''] = tokens
  for (const value of [`bearer ${john}`, `Bearer  ${john}`, `Bearer\t${john}`, `Bearer ${john} x`, `Basic ${john}`]) {
    requests.push({ method: 'GET', path: first, headers: [['authorization', value]] })
  }
  return requests
}

/**
 * Tokens with these claims, each signed as a login at `now` (ms) would be: `exp` 30 minutes on,
 * unless the claims give their own.
 */
export function tokensWithClaims(now: number, claimSets: readonly JsonObject[]): Promise<string[]> {
  const exp = Math.floor(now / 1000) + 30 * 60
  return Promise.all(claimSets.map((claims) => pyjwtEncode({ ...claims, exp: claims.exp ?? exp }, SECRET_KEY)))
}
