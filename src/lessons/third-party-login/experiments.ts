import type { Experiment } from '../experiment'
import { answers, bodyField, observe, request, tokenClaim } from '../observations'
import { providerDecided, raisedAt } from '../why-observations'
import { OTHER_AUDIENCE, OTHER_CLIENT_ID, PROVIDER_USER } from './provider'

const { username, password, sub } = PROVIDER_USER
const CODE_BEARER = 'OAuth2AuthorizationCodeBearer'
/** The stand-in provider's token endpoint, below the playground's folder (a Keycloak realm's path). */
export const TOKEN_PATH = '/realms/playground/protocol/openid-connect/token'

export const experiments: readonly Experiment[] = [
  {
    id: 'code-flow',
    title: 'Log in at the provider',
    steps: [
      { action: 'authorize-code', scheme: CODE_BEARER, username, password, scopes: ['openid', 'profile'] },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'Read **HTTP traffic** from the top. `GET …/openid-connect/auth` is the popup’s page: Swagger UI sent ' +
      '`client_id`, `redirect_uri`, `state` and a `code_challenge`, the SHA-256 of a secret it kept. `POST …/auth` ' +
      'is your login; the provider answered `302` to Swagger UI’s `oauth2-redirect.html` with a one-time `code`. ' +
      'In `POST …/token` Swagger UI traded the code and its secret, the `code_verifier`, for an `access_token` ' +
      '(and, with `openid`, an `id_token`). Only then `GET /users/me` carries the access token, and ' +
      '`get_current_user` checks its RS256 signature against the provider’s key, its `iss`, its `aud` and its `exp`. ' +
      'The API never saw your password.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('sub', sub)),
  },
  {
    id: 'openid-connect',
    title: 'Log in through the discovery document',
    steps: [
      { action: 'authorize-code', scheme: 'OpenIdConnect', username, password, scopes: ['openid'] },
      { action: 'execute', method: 'GET', path: '/items/' },
    ],
    look:
      'The OpenIdConnect scheme names only the provider’s discovery document. Swagger UI fetched it when the ' +
      'docs loaded and took the login and token URLs from it, so the popup and the token request are the same ' +
      'as before. `GET /items/` is behind `OpenIdConnect`, which hands `get_current_user_oidc` the whole ' +
      '`Authorization` header: the app splits off `Bearer` itself.',
    observation: observe(request('GET', '/items/'), answers(200)),
  },
  {
    id: 'replayed-code',
    title: 'Exchange the same code twice',
    steps: [
      { action: 'authorize-code', scheme: CODE_BEARER, username, password, scopes: [] },
      { action: 'resend', method: 'POST', path: TOKEN_PATH },
    ],
    look:
      'The same code and `code_verifier` again: the provider answers `400 {"error": "invalid_grant"}`. A code is ' +
      'good for one exchange, so one that leaked from the address bar or a log, after the real exchange, is ' +
      'worth nothing. (Before it, PKCE protects it: without the `code_verifier`, which never left the page, it ' +
      'is refused too.)',
    observation: observe(
      request('POST', TOKEN_PATH),
      answers(400),
      bodyField('error', 'invalid_grant'),
      providerDecided('code-replayed', 'the code was already exchanged'),
    ),
  },
  {
    id: 'other-key',
    title: 'Sign a token with a key of your own',
    steps: [
      { action: 'authorize-code', scheme: CODE_BEARER, username, password, scopes: [] },
      { action: 'execute', method: 'GET', path: '/users/me' },
      { action: 'tamper', path: '/users/me', change: { kind: 'own-key' } },
    ],
    look:
      'The claims are the provider’s and the header still names its key (`kid`), but the signature is made ' +
      'with a key the page made for you. `get_current_user` checks it against the public key the provider’s ' +
      'JWKS publishes under that `kid`, and it does not match: `401`. Anyone can make an RSA key; only the ' +
      'provider’s private key makes tokens this API accepts.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      raisedAt('jwt-bad-signature', 'the signature does not match the provider’s public key'),
    ),
  },
  {
    id: 'other-audience',
    title: 'Bring a token issued for another API',
    steps: [
      {
        action: 'authorize-code',
        scheme: CODE_BEARER,
        clientId: OTHER_CLIENT_ID,
        username,
        password,
        scopes: [],
      },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      `The provider signed this token, for the same user, but for \`${OTHER_CLIENT_ID}\`, another app of the ` +
      `company, so its \`aud\` is \`${OTHER_AUDIENCE}\`. The signature is fine; the audience is not: ` +
      '`jwt.decode(…, audience="playground-api")` refuses it. Without that check, any token this provider ever ' +
      'issued, to any app, would open this API.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      tokenClaim('aud', OTHER_AUDIENCE),
      raisedAt('jwt-wrong-audience', 'the token was issued for another API'),
    ),
  },
  {
    id: 'expired',
    title: 'Let the five minutes run out',
    steps: [
      { action: 'authorize-code', scheme: CODE_BEARER, username, password, scopes: [] },
      { action: 'clock', minutes: 5 },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'The provider’s access tokens live five minutes (Keycloak’s default). Swagger UI keeps sending this one; ' +
      '`jwt.decode` refuses it once `exp` has passed. A real client would get a new one from the provider, ' +
      'with a refresh token or by sending you through the login again.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      raisedAt('jwt-expired', 'the token’s exp has passed'),
    ),
  },
]
