// The provider's own HTML: the login page the popup shows. Plain HTML and a form, no script: it
// is served as a page load of the popup, and posts back to the authorization endpoint.
import type { ProviderClient } from './provider-state'

/** The authorization request, carried through the login form in hidden fields. */
export interface AuthorizationRequest {
  readonly response_type: string
  readonly client_id: string
  readonly redirect_uri: string
  readonly scope: string
  readonly state: string
  readonly code_challenge: string
  readonly code_challenge_method: string
}

export const AUTHORIZATION_FIELDS: readonly (keyof AuthorizationRequest)[] = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
]

export interface LoginPage {
  readonly request: AuthorizationRequest
  readonly client: ProviderClient
  /** What went wrong with the last try, shown above the form. */
  readonly problem?: string
  /** The username typed last time, kept in its box. */
  readonly username?: string
  /** A user to try, named on the page: the stand-in's accounts are no secret. */
  readonly hint: { readonly username: string; readonly password: string }
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f1ea;color:#1d1d1f}' +
  'main{max-width:26rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #8a8578;border-radius:8px}' +
  'h1{font-size:1.3rem;margin-top:0}label{display:block;margin-top:.8rem;font-weight:600}' +
  'input{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.4rem;margin-top:.2rem;border:1px solid #5c5a55}' +
  '.actions{display:flex;gap:.6rem;margin-top:1.2rem}button{font:inherit;padding:.4rem 1rem}' +
  '.problem{color:#8b1a1a;font-weight:600}.note{font-size:.9rem;color:#46443f}code{font-size:.95em}'

export function loginPage(page: LoginPage): string {
  const { request, client, problem, hint } = page
  const hidden = AUTHORIZATION_FIELDS.map(
    (name) => `<input type="hidden" name="${name}" value="${escapeHtml(request[name])}">`,
  ).join('')
  const scopes = request.scope.trim() === '' ? 'no scopes' : `the scopes <code>${escapeHtml(request.scope)}</code>`
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">' +
    `<title>Sign in · Identity provider</title><style>${STYLE}</style></head><body><main>` +
    '<h1>Sign in at the identity provider</h1>' +
    `<p><strong>${escapeHtml(client.description)}</strong> (client <code>${escapeHtml(client.clientId)}</code>) ` +
    `asks for a token for <code>${escapeHtml(client.audience)}</code>, with ${scopes}.</p>` +
    (problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : '') +
    `<form method="post" action="auth">${hidden}` +
    '<label for="username">Username</label>' +
    `<input id="username" name="username" autocomplete="username" required value="${escapeHtml(page.username ?? '')}">` +
    '<label for="password">Password</label>' +
    '<input id="password" name="password" type="password" autocomplete="current-password" required>' +
    '<div class="actions"><button type="submit" name="action" value="login">Sign in</button>' +
    '<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button></div></form>' +
    `<p class="note">Try <code>${escapeHtml(hint.username)}</code> with the password <code>${escapeHtml(hint.password)}</code>. ` +
    'Bearer Playground plays this provider inside your browser; a real one (Keycloak, Auth0) shows its own ' +
    'page, on its own address, and the API never sees your password.</p>' +
    '</main></body></html>'
  )
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
