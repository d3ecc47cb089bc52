// The requests a lesson's experiments make, derived from their steps as the page would send them:
// Swagger UI's password login (with its `Authorization: Basic Og==`), Try it out with the stored
// credentials, the traffic panel's "Send a request" and "Tamper and resend". A login's token is
// read from the stand-in's answer; the test then sends the same requests to both sides, so a login
// that mints different bytes shows up as a difference of that login. For an app that reads a cookie,
// a cookie jar plays the browser: each request carries the Cookie header the jar would send, and
// the jar keeps what the stand-in's answers set, expiring it on the learner's clock.
import { buildTamperedToken, decodeJwt, expirePayloadText, setClaim, tamperingOf } from '../../inspector/jwt'
import type { Experiment, ExperimentStep, TokenTampering } from '../../lessons/experiment'
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import type { JsonObject } from '../../server/json'
import { createCookieJar, type CookieJar } from '../../server/cookie-jar'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import type { OracleAnswer, OracleRequest } from '../fastapi-092-oracle'

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
  /** Whether a browser's cookie jar sends and keeps cookies (an app that reads one: APIKeyCookie). */
  readonly cookies?: boolean
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
  // The learner's clock runs ahead of the servers' by this much; only the jar reads it.
  let ahead = 0
  const jar = context.cookies ? createCookieJar(() => context.now + ahead) : undefined
  const push = async (...sent: readonly OracleRequest[]) => {
    for (const request of sent) {
      const withCookie = jar ? withJarCookie(request, jar) : request
      requests.push(withCookie)
      if (jar) jar.store(setCookieLines(await context.standIn(withCookie)), request.path)
    }
  }
  for (const step of steps) {
    switch (step.action) {
      case 'switch':
        throw new Error('an experiment with a switch is not replayed')
      case 'authorize': {
        await push(swaggerLogin(step.username, step.password, step.scopes ?? []))
        const login = requests.at(-1)
        if (login) credentials = bearerFrom(await context.standIn(login)) ?? credentials
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
        credentials = undefined
        break
      case 'reload':
        // A new page: Swagger UI forgets its credentials, and the playground empties its cookie jar.
        credentials = undefined
        jar?.clear()
        break
      case 'execute': {
        const headers: [string, string][] = [['accept', 'application/json']]
        if (credentials !== undefined && context.secured(step.method, step.path))
          headers.push(['authorization', credentials])
        await push({ method: step.method, path: step.path, headers })
        break
      }
      case 'execute-form':
        await push(...tryItOutForms(step.method, step.path, step.fields))
        break
      case 'send':
        await push({
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
        await push(tampered(requests, step.path, step.change, context.now))
        break
      case 'clock':
        ahead += step.minutes * 60_000
        // The servers' clocks stand still; moving the learner's clock forward is the same as having
        // logged in that much earlier, so the token in hand is re-minted with its exp moved back.
        credentials = credentials && (await mintedEarlier(credentials, step.minutes))
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
function tampered(sent: readonly OracleRequest[], path: string, change: TokenTampering, now: number): OracleRequest {
  for (const request of [...sent].reverse()) {
    if (request.path !== path) continue
    const authorization = request.headers?.find(([name]) => name === 'authorization')?.[1]
    const reading = decodeJwt(authorization?.replace(/^Bearer /, '') ?? '')
    if (!reading.ok) continue
    const tampering = tamperingOf(reading.jwt)
    const changed =
      change.kind === 'expire'
        ? { ...tampering, payloadText: expirePayloadText(tampering.payloadText, now) }
        : change.kind === 'drop-signature'
          ? { ...tampering, dropSignature: true }
          : { ...tampering, payloadText: setClaim(tampering.payloadText, change.claim, change.value) }
    const headers = (request.headers ?? []).map(([name, value]): [string, string] =>
      name === 'authorization' ? [name, `Bearer ${buildTamperedToken(reading.jwt, changed)}`] : [name, value],
    )
    return { ...request, headers }
  }
  throw new Error(`tamper: no earlier request to ${path} carried a JWT`)
}

async function mintedEarlier(credentials: string, minutes: number): Promise<string> {
  const reading = decodeJwt(credentials.replace(/^Bearer /, ''))
  if (!reading.ok || typeof reading.jwt.payload.exp !== 'number') return credentials
  const claims = { ...reading.jwt.payload, exp: reading.jwt.payload.exp - minutes * 60 } as JsonObject
  return `Bearer ${await pyjwtEncode(claims, SECRET_KEY)}`
}
