// The requests a lesson's experiments make, derived from their steps as the page would send them:
// Swagger UI's password login (with its `Authorization: Basic Og==`), Try it out with the stored
// credentials (each scheme's, as swagger-client's applySecurities adds them), the traffic panel's
// "Send a request", "Tamper and resend" and "Refresh with this token". Each request goes to the
// stand-in as it is made, in order (a stateful app answers by what came before), and a login's token
// and a refresh token are read from its answers; the test then sends the same requests to both
// sides, so a login that mints different bytes shows up as a difference of that login. For an app
// that reads a cookie, a cookie jar plays the browser: each request carries the Cookie header the jar
// would send, and the jar keeps what the stand-in's answers set, expiring it on the learner's clock.
import { base64url } from 'jose'
import { buildTamperedToken, decodeJwt, expirePayloadText, setClaim, tamperingOf } from '../../inspector/jwt'
import type { Experiment, ExperimentStep, TokenTampering } from '../../lessons/experiment'
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import type { ThirdPartyStandIn } from '../../server/fastapi-app'
import type { JsonObject } from '../../server/json'
import { createCookieJar, type CookieJar } from '../../server/cookie-jar'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'
import { PROVIDER_PRIVATE_KEY } from '../../lessons/third-party-login/provider-key'
import { OTHER_TEST_KEY } from '../identity-provider-keys'
import { codeFlowLogin, sendAgain, type CodeFlowResult } from './code-flow-login'
import { signRs256 } from './provider-tokens'
import {
  FORM,
  bearerFrom,
  nothingAuthorized,
  tryItOut,
  tryItOutForms,
  swaggerLogin,
  type DocumentedScheme,
} from './swagger-ui-requests'

export interface ExperimentRequests {
  readonly id: string
  readonly requests: readonly OracleRequest[]
}

export interface SkippedExperiment {
  readonly id: string
  readonly why: string
}

export interface ReplayContext {
  /** The stand-in's answer to each request, in the order made: a login's token is read from it. */
  readonly standIn: (request: OracleRequest) => Promise<OracleAnswer>
  /** The schemes an operation lists, in the order of its `security`: those Swagger UI may send credentials for. */
  readonly security: (method: string, path: string) => readonly DocumentedScheme[]
  /** The instant both servers' clocks stand at, in ms. */
  readonly now: number
  /**
   * The switches both sides run with (the stand-in with them on, the server the file they change
   * main.py into): an experiment that ticks one of them is replayed, one that ticks another is not.
   */
  readonly switchesOn?: ReadonlySet<string>
  /** Whether a browser's cookie jar sends and keeps cookies (an app that reads one: APIKeyCookie). */
  readonly cookies?: boolean
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
    const toggle = experiment.steps
      .flatMap((step) => (step.action === 'switch' ? [step] : []))
      .find((step) => context.switchesOn?.has(step.switchId) !== true)
    if (toggle) {
      skipped.push({ id: experiment.id, why: `it ticks the switch ${toggle.switchId}: the app is no longer main.py` })
      continue
    }
    replayed.push({ id: experiment.id, requests: await replay(experiment.steps, context) })
  }
  return { replayed, skipped }
}

/** The token answers so far, for "Refresh with this token": each answer 200 of POST /token and its form. */
interface TokenAnswer {
  readonly login: boolean
  readonly refreshToken: string | undefined
}

async function replay(steps: readonly ExperimentStep[], context: ReplayContext): Promise<OracleRequest[]> {
  const requests: OracleRequest[] = []
  const tokenAnswers: TokenAnswer[] = []
  // The learner's clock runs ahead of the servers' by this much; only the jar reads it.
  let ahead = 0
  const jar = context.cookies === true ? createCookieJar(() => context.now + ahead) : undefined
  const send = async (made: OracleRequest): Promise<OracleAnswer> => {
    const request = jar ? withJarCookie(made, jar) : made
    requests.push(request)
    const answer = await context.standIn(request)
    jar?.store(setCookieLines(answer), made.path)
    if (request.method === 'POST' && request.path === '/token' && answer.status === 200) {
      const grantType = new URLSearchParams(request.body ?? '').get('grant_type')
      tokenAnswers.push({ login: grantType === 'password', refreshToken: refreshTokenFrom(answer) })
    }
    return answer
  }
  let authorized = nothingAuthorized()
  // The last token request to the identity provider, to send it again.
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
        if (bearer) authorized.codeFlow.set(step.scheme, bearer)
        else authorized.codeFlow.delete(step.scheme)
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
        // Sent as it was, but with what the jar holds now.
        await send({ ...again, headers: (again.headers ?? []).filter(([name]) => name.toLowerCase() !== 'cookie') })
        break
      }
      case 'switch':
        // Already on, on both sides.
        if (context.switchesOn?.has(step.switchId) !== true)
          throw new Error('an experiment with a switch is not replayed')
        break
      case 'authorize': {
        const login = swaggerLogin(step.username, step.password, step.scopes ?? [])
        authorized.oauth2 = bearerFrom(await send(login)) ?? authorized.oauth2
        break
      }
      case 'authorize-bearer':
        authorized.bearer = step.token
        break
      case 'authorize-basic':
        // Swagger UI encodes the pair with btoa: one byte per character, so ö is 0xF6.
        authorized.basic = `Basic ${btoa(`${step.username}:${step.password}`)}`
        break
      case 'authorize-api-key':
        authorized.apiKeys.set(step.scheme, step.key)
        break
      case 'logout':
        authorized = nothingAuthorized()
        break
      case 'reload':
        // A new page: Swagger UI forgets its credentials, and the playground empties its cookie jar.
        authorized = nothingAuthorized()
        jar?.clear()
        break
      case 'execute':
        await send(tryItOut(step.method, step.path, context.security(step.method, step.path), authorized))
        break
      case 'execute-form':
        for (const request of tryItOutForms(step.method, step.path, step.fields)) await send(request)
        break
      case 'send':
        await send({
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
        await send(await tampered(requests, step.path, step.change, context.now))
        break
      case 'refresh': {
        const from = tokenAnswers.findLast((answer) => step.from === 'newest' || answer.login)
        if (from?.refreshToken === undefined)
          throw new Error(`refresh: no ${step.from} token answer with a refresh_token`)
        await send(refreshRequest(from.refreshToken))
        break
      }
      case 'clock':
        ahead += step.minutes * 60_000
        // The servers' clocks stand still; moving the learner's clock forward is the same as having
        // logged in that much earlier, so the token in hand is re-minted with its exp moved back.
        authorized.oauth2 = authorized.oauth2 && (await mintedEarlier(authorized.oauth2, step.minutes))
        authorized.bearer =
          authorized.bearer && (await mintedEarlier(`Bearer ${authorized.bearer}`, step.minutes)).slice(7)
        for (const [scheme, value] of authorized.codeFlow)
          authorized.codeFlow.set(scheme, await mintedEarlier(value, step.minutes))
        break
    }
  }
  return requests
}

/** The request with the Cookie header the jar sends to its path, if any. */
function withJarCookie(request: OracleRequest, jar: CookieJar): OracleRequest {
  const cookie = jar.cookieHeaderFor(request.path)
  return cookie === null ? request : { ...request, headers: [...(request.headers ?? []), ['cookie', cookie]] }
}

function setCookieLines(answer: OracleAnswer): string[] {
  return answer.headers.filter(([name]) => name.toLowerCase() === 'set-cookie').map(([, value]) => value)
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

/** The panel's "Refresh with this token" (src/inspector/refresh-request.ts), to the lesson's /token. */
function refreshRequest(refreshToken: string): OracleRequest {
  return {
    method: 'POST',
    path: '/token',
    headers: [
      ['accept', 'application/json'],
      ['content-type', FORM],
    ],
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
  }
}

function refreshTokenFrom(answer: OracleAnswer): string | undefined {
  try {
    const body = JSON.parse(answer.body) as unknown
    if (typeof body !== 'object' || body === null) return undefined
    const token = (body as { refresh_token?: unknown }).refresh_token
    return typeof token === 'string' ? token : undefined
  } catch {
    return undefined
  }
}

/** A base64url segment back to its text. */
function atobUrl(segment: string): string {
  return new TextDecoder().decode(base64url.decode(segment))
}
