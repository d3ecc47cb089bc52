// The requests a lesson's experiments make, derived from their steps as the page would send them:
// Swagger UI's password login (with its `Authorization: Basic Og==`), Try it out with the stored
// credentials, the traffic panel's "Send a request" and "Tamper and resend". A login's token is
// read from the stand-in's answer; the test then sends the same requests to both sides, so a login
// that mints different bytes shows up as a difference of that login.
import { buildTamperedToken, decodeJwt, expirePayloadText, setClaim, tamperingOf } from '../../inspector/jwt'
import type { Experiment, ExperimentStep, TokenTampering } from '../../lessons/experiment'
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import type { ThirdPartyStandIn } from '../../server/fastapi-app'
import type { JsonObject } from '../../server/json'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'
import { PROVIDER_PRIVATE_KEY } from '../../lessons/third-party-login/provider-key'
import { OTHER_TEST_KEY } from '../identity-provider-keys'
import { codeFlowLogin, sendAgain, type CodeFlowResult } from './code-flow-login'
import { signRs256 } from './provider-tokens'

const FORM = 'application/x-www-form-urlencoded'

export interface ExperimentRequests {
  readonly id: string
  readonly requests: readonly OracleRequest[]
}

export interface SkippedExperiment {
  readonly id: string
  readonly why: string
}

export interface ReplayContext {
  /** The stand-in's answer to a request, to read the token a login hands out. */
  readonly standIn: (request: OracleRequest) => Promise<OracleAnswer>
  /** Whether the operation declares security, i.e. whether Swagger UI sends its credentials. */
  readonly secured: (method: string, path: string) => boolean
  /** The instant both servers' clocks stand at, in ms. */
  readonly now: number
  /** The names of the schemes the operation lists: Swagger UI sends a code-flow login only to those. */
  readonly schemes?: (method: string, path: string) => readonly string[]
  /**
   * The lesson's identity provider, for a login in its popup and a token request sent again. Its
   * requests are not main.py's: the provider answers them, so none is among the requests returned.
   */
  readonly provider?: { readonly standIn: ThirdPartyStandIn; readonly redirectUri: string; readonly clientId: string }
}

/** Each experiment's requests, or why it cannot be replayed against main.py. */
export async function experimentRequests(
  experiments: readonly Experiment[],
  context: ReplayContext,
): Promise<{ replayed: ExperimentRequests[]; skipped: SkippedExperiment[] }> {
  const replayed: ExperimentRequests[] = []
  const skipped: SkippedExperiment[] = []
  for (const experiment of experiments) {
    const toggle = experiment.steps.find((step) => step.action === 'switch')
    if (toggle) {
      skipped.push({ id: experiment.id, why: `it ticks the switch ${toggle.switchId}: the app is no longer main.py` })
      continue
    }
    replayed.push({ id: experiment.id, requests: await replay(experiment.steps, context) })
  }
  return { replayed, skipped }
}

async function replay(steps: readonly ExperimentStep[], context: ReplayContext): Promise<OracleRequest[]> {
  const requests: OracleRequest[] = []
  let credentials: string | undefined
  // Code-flow logins, by the scheme authorized, and the last token request (to send it again).
  const byScheme = new Map<string, string>()
  let tokenRequest: CodeFlowResult['tokenRequest'] | undefined
  for (const step of steps) {
    switch (step.action) {
      case 'authorize-code': {
        const provider = context.provider
        if (!provider) throw new Error('authorize-code: this lesson has no identity provider')
        const login = await codeFlowLogin(provider.standIn, {
          clientId: step.clientId ?? provider.clientId,
          username: step.username,
          password: step.password,
          scopes: step.scopes,
          redirectUri: provider.redirectUri,
        })
        tokenRequest = login.tokenRequest
        const bearer = bearerFrom({ status: login.status, headers: [], body: JSON.stringify(login.body) })
        if (bearer) byScheme.set(step.scheme, bearer)
        else byScheme.delete(step.scheme)
        break
      }
      case 'resend': {
        if (tokenRequest && new URL(tokenRequest.url).pathname.endsWith(step.path)) {
          // The provider's token endpoint: main.py never sees this request.
          if (context.provider) await sendAgain(context.provider.standIn, tokenRequest)
          break
        }
        const again = [...requests].reverse().find((sent) => sent.method === step.method && sent.path === step.path)
        if (!again) throw new Error(`resend: no earlier ${step.method} ${step.path}`)
        requests.push(again)
        break
      }
      case 'switch':
        throw new Error('an experiment with a switch is not replayed')
      case 'authorize': {
        const login = swaggerLogin(step.username, step.password, step.scopes ?? [])
        requests.push(login)
        credentials = bearerFrom(await context.standIn(login)) ?? credentials
        break
      }
      case 'authorize-bearer':
        credentials = `Bearer ${step.token}`
        break
      case 'authorize-basic':
        // Swagger UI encodes the pair with btoa: one byte per character, so ö is 0xF6.
        credentials = `Basic ${btoa(`${step.username}:${step.password}`)}`
        break
      case 'logout':
      case 'reload':
        credentials = undefined
        byScheme.clear()
        break
      case 'execute': {
        const headers: [string, string][] = [['accept', 'application/json']]
        const listed = context.schemes?.(step.method, step.path) ?? []
        const sent =
          listed.map((scheme) => byScheme.get(scheme)).find((value) => value !== undefined) ??
          (context.secured(step.method, step.path) ? credentials : undefined)
        if (sent !== undefined) headers.push(['authorization', sent])
        requests.push({ method: step.method, path: step.path, headers })
        break
      }
      case 'execute-form':
        requests.push(...tryItOutForms(step.method, step.path, step.fields))
        break
      case 'send':
        requests.push({
          method: step.method,
          path: step.path,
          headers: [
            ...Object.entries(step.headers ?? {}),
            ...(step.form === undefined ? [] : [['content-type', FORM] as [string, string]]),
          ],
          ...(step.form === undefined ? {} : { body: step.form }),
        })
        break
      case 'tamper':
        requests.push(await tampered(requests, step.path, step.change, context.now))
        break
      case 'clock':
        // The servers' clocks stand still; moving the learner's clock forward is the same as having
        // logged in that much earlier, so the token in hand is re-minted with its exp moved back.
        credentials = credentials && (await mintedEarlier(credentials, step.minutes))
        for (const [scheme, value] of byScheme) byScheme.set(scheme, await mintedEarlier(value, step.minutes))
        break
    }
  }
  return requests
}

/**
 * Swagger UI's Authorize dialog, password flow, with its default client credentials location: an
 * empty client id and secret as `Authorization: Basic Og==` (swagger-ui's src/core/plugins/auth/actions.js).
 */
export function swaggerLogin(username: string, password: string, scopes: readonly string[]): OracleRequest {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+')
  const fields: [string, string][] = [
    ['grant_type', 'password'],
    ['scope', scopes.join(' ')],
    ['username', username],
    ['password', password],
  ]
  return {
    method: 'POST',
    path: '/token',
    headers: [
      ['accept', 'application/json, text/plain, */*'],
      ['content-type', FORM],
      ['x-requested-with', 'XMLHttpRequest'],
      ['authorization', 'Basic Og=='],
    ],
    body: fields
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `${name}=${encode(value)}`)
      .join('&'),
  }
}

/** `Authorization: <token_type> <access_token>` once a login succeeded, as swagger-client builds it. */
function bearerFrom(answer: OracleAnswer): string | undefined {
  if (answer.status < 200 || answer.status > 299) return undefined
  let body: unknown
  try {
    body = JSON.parse(answer.body)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null || 'error' in body) return undefined
  const { access_token: token, token_type: type } = body as { access_token?: unknown; token_type?: unknown }
  if (typeof token !== 'string') return undefined
  const scheme = typeof type !== 'string' || type.toLowerCase() === 'bearer' ? 'Bearer' : type
  return `${scheme} ${token}`
}

/** Try it out on a form: the fields typed alone, and with a sample value in every other field. */
function tryItOutForms(method: string, path: string, fields: Readonly<Record<string, string>>): OracleRequest[] {
  const typed = new URLSearchParams(fields).toString()
  const samples = new URLSearchParams({
    grant_type: 'password',
    scope: '',
    client_id: 'string',
    client_secret: 'string',
    ...fields,
  }).toString()
  return [typed, samples].map((body) => ({ method, path, headers: [['content-type', FORM]], body }))
}

/** "Tamper and resend" on the newest request to `path` that carried a JWT. */
async function tampered(
  sent: readonly OracleRequest[],
  path: string,
  change: TokenTampering,
  now: number,
): Promise<OracleRequest> {
  for (const request of [...sent].reverse()) {
    if (request.path !== path) continue
    const authorization = request.headers?.find(([name]) => name === 'authorization')?.[1]
    const reading = decodeJwt(authorization?.replace(/^Bearer /, '') ?? '')
    if (!reading.ok) continue
    const tampering = tamperingOf(reading.jwt)
    const changed =
      change.kind === 'expire'
        ? { ...tampering, payloadText: expirePayloadText(tampering.payloadText, now) }
        : change.kind === 'drop-signature' || change.kind === 'own-key'
          ? { ...tampering, dropSignature: change.kind === 'drop-signature' }
          : { ...tampering, payloadText: setClaim(tampering.payloadText, change.claim, change.value) }
    let token = buildTamperedToken(reading.jwt, changed)
    if (change.kind === 'own-key') {
      // The same header and payload, signed RS256 with a key the provider never published.
      const [header = '', payload = ''] = token.split('.')
      token = await signRs256(OTHER_TEST_KEY, atobUrl(header), atobUrl(payload))
    }
    const headers = (request.headers ?? []).map(([name, value]): [string, string] =>
      name === 'authorization' ? [name, `Bearer ${token}`] : [name, value],
    )
    return { ...request, headers }
  }
  throw new Error(`tamper: no earlier request to ${path} carried a JWT`)
}

/** The token re-minted by whoever signed it (the tutorials' SECRET_KEY, or the provider's RS256 key). */
async function mintedEarlier(credentials: string, minutes: number): Promise<string> {
  const reading = decodeJwt(credentials.replace(/^Bearer /, ''))
  if (!reading.ok || typeof reading.jwt.payload.exp !== 'number') return credentials
  const claims = { ...reading.jwt.payload, exp: reading.jwt.payload.exp - minutes * 60 } as JsonObject
  // An identity provider's token: the lesson's provider signs with PROVIDER_PRIVATE_KEY.
  if (reading.jwt.header.alg === 'RS256') {
    const iat: JsonObject = typeof claims.iat === 'number' ? { iat: claims.iat - minutes * 60 } : {}
    return `Bearer ${await signRs256(PROVIDER_PRIVATE_KEY, reading.jwt.header as JsonObject, { ...claims, ...iat })}`
  }
  return `Bearer ${await pyjwtEncode(claims, SECRET_KEY)}`
}

/** A base64url segment back to its text. */
function atobUrl(segment: string): string {
  const bytes = Uint8Array.from(atob(segment.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}
