// What the traffic view needs to compare a real server's answers with the stand-in's: the
// lesson's app and the server's root. Absent while the stand-in itself answers.
import { createContext, useContext, useEffect, useState } from 'react'
import type { FastApiApp } from '../server/fastapi-app'
import type { Exchange } from '../inspector/exchange'
import { RELEASE_CHANGES } from '../server/release-changes'
import { compareAnswers, type AnswerComparison, type ReleaseExplanation } from './compare-answers'
import { replayOnStandIn } from './replay'

export interface StandInReplay {
  /** The active lesson's stand-in; undefined while the lesson loads. */
  readonly app: FastApiApp | undefined
  /**
   * The same lesson answering as FastAPI 0.92, where the lesson can: when the server disagrees
   * with today's stand-in but agrees with this one, the release that changed it explains why.
   */
  readonly olderApp?: FastApiApp | undefined
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
  olderApp?: FastApiApp,
): Promise<ComparisonState> {
  const cached = replays.get(exchange)
  if (cached?.app === app) return cached.result
  const { response } = exchange
  const options = { crossOrigin: root.origin !== pageOrigin }
  const compare = async (): Promise<ComparisonState> => {
    if (!response) return { state: 'none' }
    const { answer, redirects } = await replayOnStandIn(app, exchange.request, root)
    const comparison = compareAnswers(response, answer, options)
    if (comparison.agree || !olderApp) return { state: 'done', comparison, redirects }
    // Does the older FastAPI answer as the server did? Then the releases in between explain it.
    const older = await replayOnStandIn(olderApp, exchange.request, root)
    const explanation = releaseExplanation(older.record.releaseChanges ?? [])
    if (!compareAnswers(response, older.answer, options).agree || !explanation) {
      return { state: 'done', comparison, redirects }
    }
    const differences = comparison.differences.map((difference) => ({ ...difference, release: explanation }))
    return { state: 'done', comparison: { ...comparison, differences }, redirects }
  }
  const result = compare().catch((error: unknown) => ({
    state: 'failed' as const,
    message: error instanceof Error ? error.message : String(error),
  }))
  replays.set(exchange, { app, result })
  return result
}

/** The releases that changed what the older stand-in's record names, in words. */
function releaseExplanation(changes: readonly (keyof typeof RELEASE_CHANGES)[]): ReleaseExplanation | undefined {
  if (changes.length === 0) return undefined
  const named = changes.map((id) => RELEASE_CHANGES[id])
  return {
    release: [...new Set(named.map((change) => change.changedIn))].join(', '),
    change: `the server answers as FastAPI 0.92 did; since then, ${named
      .map((change) => `${change.today} (${change.changedIn}, ${change.pr})`)
      .join('; ')}.`,
  }
}

/** The comparison of one exchange, replayed when first shown. */
export function useStandInComparison(exchange: Exchange): ComparisonState {
  const replay = useContext(StandInReplayContext)
  const [state, setState] = useState<{ exchange: Exchange; value: ComparisonState } | undefined>()
  const app = replay?.app
  const olderApp = replay?.olderApp
  const root = replay?.root
  const comparable = root !== undefined && isComparable(exchange, root)
  useEffect(() => {
    if (!app || !root || !comparable) return
    let live = true
    void compareWithStandIn(exchange, app, root, window.location.origin, olderApp).then((value) => {
      if (live) setState({ exchange, value })
    })
    return () => {
      live = false
    }
  }, [exchange, app, olderApp, root, comparable])
  if (!comparable) return { state: 'none' }
  if (!app || state?.exchange !== exchange) return { state: 'pending' }
  return state.value
}
