// One exchange as the inspector keeps it: the request, its answer or failure, and where the
// playground was at the time. Its own module, so that the readers of exchanges (facts,
// explanations, views) need not depend on the store that collects them.
import type { TrafficRequest, TrafficResponse } from '../server/traffic'

/** Where the playground was when the exchange was recorded: curl and token links depend on it. */
export interface TrafficContext {
  readonly lessonId: string
  /** The lesson API's root at the time, with a trailing slash. */
  readonly apiRoot: string
  /** Where FastAPI would have served Swagger UI at the time: relative token URLs resolve against it. */
  readonly docsPage: string
  /** The playground's folder: where its stand-in third parties answer (an identity provider). */
  readonly site?: string
  /** The lesson's mistake switched on at the time (`?mistake=`), if any. */
  readonly mistakeId?: string
}

export interface Exchange {
  /** 1, 2, 3…: the order in which requests reached the inspector; never reused, even after clear. */
  readonly seq: number
  readonly id: string
  readonly context: TrafficContext
  readonly request: TrafficRequest
  readonly response: TrafficResponse | undefined
  readonly failure: string | undefined
  /**
   * The stand-in's clock (ms since the epoch, the lesson clock's offset included) when the request
   * was recorded: what its app read as "now" to judge a token, give or take the milliseconds of
   * the exchange. Absent where nobody told the store.
   */
  readonly standInTime?: number
}
