// The authorization endpoint (RFC 6749 §4.1.1, RFC 6749 §4.1.2 and RFC 7636's PKCE): GET shows the
// login page in Swagger UI's popup; the page's form posts back here, and a right password sends
// the browser to the client's redirect URI with a one-time code and the client's `state`.
import { base64urlWithoutPadding } from '../python-secrets'
import { isS256Challenge } from './pkce'
import { answered, htmlPage, refusal, type ProviderAnswer, type ProviderState } from './provider-state'
import { AUTHORIZATION_FIELDS, escapeHtml, loginPage, type AuthorizationRequest } from './provider-pages'
import { htmlResponse } from '../responses'

export async function authorizationEndpoint(state: ProviderState, request: Request): Promise<ProviderAnswer> {
  const isPost = request.method.toUpperCase() === 'POST'
  const fields = isPost ? new URLSearchParams(await request.text()) : new URL(request.url).searchParams
  const asked = Object.fromEntries(
    AUTHORIZATION_FIELDS.map((name) => [name, fields.get(name) ?? '']),
  ) as unknown as AuthorizationRequest

  // RFC 6749 §4.1.2.1: without a known client and its registered redirect URI, nobody may be sent anywhere.
  const client = state.config.clients.find((candidate) => candidate.clientId === asked.client_id)
  if (!client) {
    const why = asked.client_id === '' ? 'no client_id was sent' : `no client ${asked.client_id} is registered`
    return refusal(
      'authorize',
      400,
      `The provider showed an error page: ${why}.`,
      htmlPage('Unknown client', `The provider cannot sign you in: ${escapeHtml(why)}.`),
      {},
      'unknown-client',
    )
  }
  if (asked.redirect_uri !== state.endpoints.redirectUri) {
    return refusal(
      'authorize',
      400,
      `The provider showed an error page: ${asked.redirect_uri || 'no redirect_uri'} is not a redirect URI registered for ${client.clientId}, so it sends the browser nowhere.`,
      htmlPage('Invalid redirect URI', 'The provider does not send codes to addresses that were not registered.'),
      {},
      'unregistered-redirect-uri',
    )
  }
  const problem = requestProblem(asked, state.config.scopes)
  if (problem) {
    return redirectBack(
      asked,
      { error: problem.error, error_description: problem.description },
      problem.description,
      'refused',
      problem.check,
    )
  }
  const hint = state.config.users[0] ?? { username: '', password: '' }
  if (!isPost) {
    return answered(
      'authorize',
      htmlResponse(loginPage({ request: asked, client, hint }), 'GET'),
      `The identity provider showed its login page to sign you in for ${client.clientId}. You type your password there, on the provider’s page, never into the API’s docs.`,
      'login-page',
    )
  }
  if (fields.get('action') === 'cancel') {
    return redirectBack(
      asked,
      { error: 'access_denied' },
      'You cancelled the login: the provider sent the browser back with error=access_denied.',
      'refused',
      'access-denied',
    )
  }
  const username = fields.get('username') ?? ''
  const user = state.config.users.find((candidate) => candidate.username === username)
  if (!user || user.password !== (fields.get('password') ?? '')) {
    const page = loginPage({ request: asked, client, hint, username, problem: 'Invalid username or password.' })
    return {
      response: htmlResponse(page, 'GET'),
      steps: [
        {
          stage: 'identity-provider',
          endpoint: 'authorize',
          result: 'refused',
          why: 'The identity provider did not recognise that username and password, and showed its login page again.',
          check: 'wrong-password',
        },
      ],
    }
  }
  const code = base64urlWithoutPadding(crypto.getRandomValues(new Uint8Array(32)))
  state.codes.set(code, {
    clientId: client.clientId,
    redirectUri: asked.redirect_uri,
    codeChallenge: asked.code_challenge,
    scopes: scopesOf(asked.scope),
    user,
    issuedAt: state.now(),
    used: false,
  })
  return redirectBack(
    asked,
    { code },
    `The identity provider checked ${user.username}’s password and sent the browser back to Swagger UI’s ` +
      `redirect page with a one-time code (valid ${state.config.codeSeconds} s) and Swagger UI’s own state. ` +
      'It kept the code_challenge, to check against the code_verifier when the code comes back.',
    'answered',
    'code-issued',
  )
}

export function scopesOf(scope: string): string[] {
  return scope.split(' ').filter((part) => part !== '')
}

interface RequestProblem {
  readonly error: string
  readonly description: string
  readonly check: string
}

/** RFC 6749 §4.1.2.1 and RFC 7636 §4.4.1: what is wrong with a request from a known client, if anything. */
function requestProblem(asked: AuthorizationRequest, supported: readonly string[]): RequestProblem | undefined {
  if (asked.response_type !== 'code') {
    return {
      error: 'unsupported_response_type',
      description: 'Only response_type=code (the authorization-code flow) is supported.',
      check: 'unsupported-response-type',
    }
  }
  if (asked.code_challenge === '') {
    return {
      error: 'invalid_request',
      description: 'PKCE is required: send a code_challenge.',
      check: 'pkce-required',
    }
  }
  if (asked.code_challenge_method !== 'S256' || !isS256Challenge(asked.code_challenge)) {
    return {
      error: 'invalid_request',
      description: 'The code_challenge must be an S256 one (code_challenge_method=S256).',
      check: 'pkce-not-s256',
    }
  }
  const unknown = scopesOf(asked.scope).filter((scope) => !supported.includes(scope))
  if (unknown.length > 0) {
    return { error: 'invalid_scope', description: `Unknown scope: ${unknown.join(' ')}.`, check: 'invalid-scope' }
  }
  return undefined
}

/** A 302 to the registered redirect URI with these parameters and the client's state. */
function redirectBack(
  asked: AuthorizationRequest,
  parameters: Record<string, string>,
  why: string,
  result: 'answered' | 'refused',
  check: string,
): ProviderAnswer {
  const location = new URL(asked.redirect_uri)
  for (const [name, value] of Object.entries(parameters)) location.searchParams.set(name, value)
  if (asked.state !== '') location.searchParams.set('state', asked.state)
  const response = new Response(null, {
    status: 302,
    statusText: 'Found',
    headers: { location: location.href, 'content-length': '0' },
  })
  return { response, steps: [{ stage: 'identity-provider', endpoint: 'authorize', result, why, check }] }
}
