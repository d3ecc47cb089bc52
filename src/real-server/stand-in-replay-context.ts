// What the traffic view needs to compare a real server's answers with the stand-in's: the
// lesson's app and the server's root. Absent while the stand-in itself answers.
import { createContext, useContext, useEffect, useState } from 'react'
import type { FastApiApp } from '../server/fastapi-app'
import type { Exchange } from '../inspector/traffic-store'
import { compareAnswers, type AnswerComparison } from './compare-answers'
import { replayOnStandIn } from './replay'

export interface StandInReplay {
  /** The active lesson's stand-in; undefined while the lesson loads. */
  readonly app: FastApiApp | undefined
  readonly lessonTitle: string
  readonly root: URL
}

export const StandInReplayContext = createContext<StandInReplay | undefined>(undefined)

export type ComparisonState =
  | { readonly state: 'none' }
  | { readonly state: 'pending' }
  | { readonly state: 'done'; readonly comparison: AnswerComparison; readonly redirects: readonly string[] }
  | { readonly state: 'failed'; readonly message: string }

// Exchanges are immutable: each is replayed once per stand-in, however often it is shown.
const replays = new WeakMap<Exchange, { app: FastApiApp; result: Promise<ComparisonState> }>()

/** Whether this exchange is one the stand-in can be asked about: answered by the named server. */
export function isComparable(exchange: Exchange, root: URL): boolean {
  return exchange.response?.answeredBy === 'network' && exchange.request.url.startsWith(root.href)
}

/** `pageOrigin`: the playground's origin; from another one, CORS filtered the server's headers. */
export function compareWithStandIn(
  exchange: Exchange,
  app: FastApiApp,
  root: URL,
  pageOrigin: string,
): Promise<ComparisonState> {
  const cached = replays.get(exchange)
  if (cached?.app === app) return cached.result
  const { response } = exchange
  const result: Promise<ComparisonState> = response
    ? replayOnStandIn(app, exchange.request, root).then(
        ({ answer, redirects }) => ({
          state: 'done',
          comparison: compareAnswers(response, answer, { crossOrigin: root.origin !== pageOrigin }),
          redirects,
        }),
        (error: unknown) => ({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
    : Promise.resolve({ state: 'none' })
  replays.set(exchange, { app, result })
  return result
}

/** The comparison of one exchange, replayed when first shown. */
export function useStandInComparison(exchange: Exchange): ComparisonState {
  const replay = useContext(StandInReplayContext)
  const [state, setState] = useState<{ exchange: Exchange; value: ComparisonState } | undefined>()
  const app = replay?.app
  const root = replay?.root
  const comparable = root !== undefined && isComparable(exchange, root)
  useEffect(() => {
    if (!app || !root || !comparable) return
    let live = true
    void compareWithStandIn(exchange, app, root, window.location.origin).then((value) => {
      if (live) setState({ exchange, value })
    })
    return () => {
      live = false
    }
  }, [exchange, app, root, comparable])
  if (!comparable) return { state: 'none' }
  if (!app || state?.exchange !== exchange) return { state: 'pending' }
  return state.value
}
