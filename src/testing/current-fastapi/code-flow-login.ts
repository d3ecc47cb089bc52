// Swagger UI's authorization-code login with PKCE, run against the stand-in identity provider
// inside the test, as the popup and Swagger UI run it in the page: the authorization request, the
// login form, the redirect with the code, the token request with the code_verifier. None of these
// requests is main.py's: they go to the provider, which main.py never answers.
import type { ThirdPartyStandIn } from '../../server/fastapi-app'
import { s256Challenge } from '../../server/identity-provider/pkce'

export interface CodeFlowLogin {
  readonly clientId: string
  readonly username: string
  readonly password: string
  readonly scopes: readonly string[]
  /** Swagger UI's oauth2RedirectUrl: oauth2-redirect.html beside the page. */
  readonly redirectUri: string
}

export interface CodeFlowResult {
  /** The token endpoint's answer: 200 with the tokens, or an RFC 6749 error. */
  readonly status: number
  readonly body: Record<string, unknown>
  /** The token request exactly as sent, to send it again (a replayed code). */
  readonly tokenRequest: { readonly url: string; readonly body: string }
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
// Swagger UI makes 32 random bytes; any RFC 7636 verifier will do here.
const VERIFIER = 'bearer-playground-test-verifier-0123456789abcdef'

export async function codeFlowLogin(provider: ThirdPartyStandIn, login: CodeFlowLogin): Promise<CodeFlowResult> {
  const discovery = await json(provider, new Request(new URL('.well-known/openid-configuration', provider.root)))
  const authorization = String(discovery.authorization_endpoint)
  const fields = new URLSearchParams({
    response_type: 'code',
    client_id: login.clientId,
    redirect_uri: login.redirectUri,
    ...(login.scopes.length > 0 && { scope: login.scopes.join(' ') }),
    state: btoa(new Date(0).toString()),
    code_challenge: await s256Challenge(VERIFIER),
    code_challenge_method: 'S256',
  })
  const page = await provider.handle(new Request(`${authorization}?${fields.toString()}`))
  if (page.response.status !== 200)
    throw new Error(`the provider answered the authorization request ${page.response.status}`)
  fields.set('username', login.username)
  fields.set('password', login.password)
  fields.set('action', 'login')
  const { response } = await provider.handle(
    new Request(authorization, { method: 'POST', headers: FORM, body: fields.toString() }),
  )
  const code = new URL(response.headers.get('location') ?? 'about:blank').searchParams.get('code')
  if (!code) throw new Error(`the login gave no code (${response.status})`)
  // authorizeAccessCodeWithFormParams: empty fields (the client secret) are left out.
  const tokenRequest = {
    url: String(discovery.token_endpoint),
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      client_id: login.clientId,
      redirect_uri: login.redirectUri,
      code_verifier: VERIFIER,
    }).toString(),
  }
  const token = await provider.handle(
    new Request(tokenRequest.url, { method: 'POST', headers: FORM, body: tokenRequest.body }),
  )
  return { status: token.response.status, body: (await token.response.json()) as Record<string, unknown>, tokenRequest }
}

/** Sends the token request again, as the traffic panel's Send again does. */
export async function sendAgain(
  provider: ThirdPartyStandIn,
  tokenRequest: CodeFlowResult['tokenRequest'],
): Promise<number> {
  const { response } = await provider.handle(
    new Request(tokenRequest.url, { method: 'POST', headers: FORM, body: tokenRequest.body }),
  )
  return response.status
}

async function json(provider: ThirdPartyStandIn, request: Request): Promise<Record<string, unknown>> {
  return (await (await provider.handle(request)).response.json()) as Record<string, unknown>
}
