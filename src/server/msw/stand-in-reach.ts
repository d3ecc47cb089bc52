// Whether the page's API requests still reach the stand-in. DevTools' "Bypass for network", a
// service worker gone or replaced: the page's fetch then goes to the network, which knows nothing of
// the API (a static host answers 404), and msw hears nothing to tell. So the page's fetch is watched
// from outside: a request below the API root that settles without the stand-in having answered a
// request for its URL was answered by someone else, or by nobody.
import { BoundedMap } from '../bounded-map'
import type { Reach } from '../traffic'

/** Counts, per URL, the requests the stand-in answered and no page fetch has claimed yet. */
export interface StandInAnswers {
  /** The stand-in began answering a request for this URL. */
  readonly answered: (url: string) => void
  /** Claims one answered request for this URL: whether there was one. */
  readonly claim: (url: string) => boolean
}

/** Fragments never reach a server (the service worker's copy of the request has none). */
function withoutFragment(url: string): string {
  const hash = url.indexOf('#')
  return hash === -1 ? url : url.slice(0, hash)
}

// Answers nobody claims (the popup's page loads, requests of other frames) go once there are more.
const KEPT_URLS = 200

export function createStandInAnswers(capacity = KEPT_URLS): StandInAnswers {
  const counts = new BoundedMap<string, number>(capacity)
  return {
    answered(url) {
      const key = withoutFragment(url)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    },
    claim(url) {
      const key = withoutFragment(url)
      const count = counts.get(key) ?? 0
      if (count === 0) return false
      if (count === 1) counts.delete(key)
      else counts.set(key, count - 1)
      return true
    },
  }
}

/** The URL a fetch call asks for, resolved as fetch resolves it; undefined when fetch would throw. */
export function fetchUrlOf(input: RequestInfo | URL, baseUri: string): string | undefined {
  if (input instanceof Request) return input.url
  try {
    return new URL(input instanceof URL ? input.href : input, baseUri).href
  } catch {
    return undefined
  }
}

export interface FetchWatchOptions {
  /** Whether the stand-in should answer this URL (below the mounted API root). */
  readonly watched: (url: string) => boolean
  readonly answers: StandInAnswers
  readonly report: (reach: Reach) => void
  /** What relative URLs resolve against: the document's base URI. */
  readonly baseUri: () => string
}

/**
 * Wraps `target.fetch` (the page's window) so that each watched request reports, once it settles,
 * whether the stand-in answered it. Returns the function that puts the previous fetch back.
 */
export function watchPageFetches(target: { fetch: typeof fetch }, options: FetchWatchOptions): () => void {
  const inner = target.fetch
  const watching: typeof fetch = (input, init) => {
    const result = inner.call(target, input, init)
    const url = fetchUrlOf(input, options.baseUri())
    if (url === undefined || !options.watched(url)) return result
    const settle = (failed: boolean) => {
      options.report(options.answers.claim(url) ? { reached: true } : { reached: false, url, failed })
    }
    result.then(
      () => {
        settle(false)
      },
      (error: unknown) => {
        // A request the page gave up on says nothing about who would have answered it.
        if (error instanceof DOMException && error.name === 'AbortError') options.answers.claim(url)
        else settle(true)
      },
    )
    return result
  }
  target.fetch = watching
  return () => {
    if (target.fetch === watching) target.fetch = inner
  }
}
