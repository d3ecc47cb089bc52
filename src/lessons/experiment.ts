// An experiment: what a learner does in one lesson (steps through Swagger UI or the traffic
// panel), what to look at, and the observation over the stand-in's traffic that completes it.
// The page renders the steps as the exact clicks; the walkthroughs replay the very same steps.
import type { CookieJarRecord, DecisionStep } from '../server/exchange-record'

/** One thing the learner does, from a freshly opened lesson. */
export type ExperimentStep =
  /** Ticks one of the lesson's switches (additions that are not part of the tutorial). */
  | { readonly action: 'switch'; readonly switchId: string }
  /** Swagger UI's Authorize dialog, password flow: fill it, submit, close it. */
  | {
      readonly action: 'authorize'
      readonly username: string
      readonly password: string
      readonly scopes?: readonly string[]
    }
  /**
   * Swagger UI's Authorize dialog, authorization-code flow, for one scheme: set client_id when
   * given, tick exactly these scopes, Authorize; log in at the identity provider in the popup that
   * opens (it closes itself, and Swagger UI exchanges the code for tokens); close the dialog.
   */
  | {
      readonly action: 'authorize-code'
      /** The scheme's name in the OpenAPI document, e.g. `OAuth2AuthorizationCodeBearer`. */
      readonly scheme: string
      readonly username: string
      readonly password: string
      /** Swagger UI's client_id box, when it must differ from `swagger_ui_init_oauth`'s clientId. */
      readonly clientId?: string
      readonly scopes: readonly string[]
    }
  /** The traffic panel's "Send again" on the newest exchange with this method and path. */
  | { readonly action: 'resend'; readonly method: string; readonly path: string }
  /** Swagger UI's Authorize dialog: log out of whatever an earlier experiment authorized, close it. */
  | { readonly action: 'logout' }
  /** Swagger UI's Authorize dialog for HTTPBearer: paste a token in its Value box, submit, close it. */
  | { readonly action: 'authorize-bearer'; readonly token: string }
  /**
   * Swagger UI's Authorize dialog for an API key scheme (`APIKeyHeader`, `APIKeyQuery`, …): type the
   * key into the Value box of the scheme with this OpenAPI name, submit that part, close the dialog.
   */
  | { readonly action: 'authorize-api-key'; readonly scheme: string; readonly key: string }
  /** Reload the page, keeping its address (and so the lesson and its mistake). */
  | { readonly action: 'reload' }
  /** Swagger UI's Authorize dialog for HTTPBasic: fill it, submit, close it. */
  | { readonly action: 'authorize-basic'; readonly username: string; readonly password: string }
  /** Expand an operation in Swagger UI, Try it out, Execute. */
  | { readonly action: 'execute'; readonly method: string; readonly path: string }
  /** Try it out on an operation with a form body: overwrite some of its fields, Execute. */
  | {
      readonly action: 'execute-form'
      readonly method: string
      readonly path: string
      readonly fields: Readonly<Record<string, string>>
    }
  /** The traffic panel's "Send a request" form: a FastAPI path, extra headers, a urlencoded form. */
  | {
      readonly action: 'send'
      readonly method: string
      readonly path: string
      readonly headers?: Readonly<Record<string, string>>
      /** Sent as `application/x-www-form-urlencoded`. */
      readonly form?: string
    }
  /** The traffic panel's "Tamper and resend" on the newest exchange that carried a JWT. */
  | { readonly action: 'tamper'; readonly path: string; readonly change: TokenTampering }
  /**
   * The traffic panel's "Refresh with this token" under a token answer: its refresh_token goes back
   * to the same URL with grant_type=refresh_token. `newest`: the newest answer 200 of POST /token
   * (a login's or a refresh's); `login`: the newest login's, whose form said grant_type=password.
   */
  | { readonly action: 'refresh'; readonly from: 'newest' | 'login' }
  /** The lesson clock: move the stand-in's time forward. */
  | { readonly action: 'clock'; readonly minutes: number }

export type TokenTampering =
  | { readonly kind: 'expire' }
  | { readonly kind: 'drop-signature' }
  /** Sign the token again, RS256, with a key the page makes for you: not the issuer's. */
  | { readonly kind: 'own-key' }
  /** Replace one claim's value in the payload, e.g. `scope` with "me items". */
  | { readonly kind: 'claim'; readonly claim: string; readonly value: string }

/** One exchange as an observation sees it: the request, the answer, and the stand-in's record. */
export interface ObservedExchange {
  readonly method: string
  /** The path FastAPI routed, below the root path, without the query string. */
  readonly path: string
  /** The whole URL the page asked for. */
  readonly url: string
  /** Whether the stand-in answered, or the request left the app for the network. */
  readonly answeredBy: 'stand-in' | 'network'
  /** Whether a request with this method and path was recorded before this one since the page loaded. */
  readonly sentEarlier: (method: string, path: string) => boolean
  readonly requestHeader: (name: string) => string | undefined
  /** The urlencoded form fields, the last of a repeated field winning as in FastAPI. */
  readonly form: ReadonlyMap<string, string> | undefined
  readonly status: number
  readonly responseHeader: (name: string) => string | undefined
  readonly body: string
  /** The stand-in's decisions, in order; empty when it kept no record. */
  readonly steps: readonly DecisionStep[]
  /** What the playground's cookie jar sent and stored around this exchange; absent without a jar. */
  readonly cookieJar?: CookieJarRecord
}

/** A test over one exchange, and the words that say what it looks for. */
export interface Observation {
  /** Completes a sentence starting "Done when…", e.g. "GET /items/ answers 401 because…". */
  readonly summary: string
  readonly test: (exchange: ObservedExchange) => boolean
}

export interface Experiment {
  /** Stable: stored in progress and used in `?try=`; lowercase words joined by hyphens. */
  readonly id: string
  readonly title: string
  readonly steps: readonly ExperimentStep[]
  /** Markdown: what to look at in the traffic panel once the steps are done, and what it shows. */
  readonly look: string
  readonly observation: Observation
}
