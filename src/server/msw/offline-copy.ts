// A copy of the playground's own files for a reload without a network: the page tells its worker
// (public/playground-worker.js) which of them it has loaded, and the worker keeps exactly those,
// under the name of the build's entry script. A new deploy has a new entry script: the first page
// that loads it online starts a new copy, and the worker drops the old one.
import { isAppUrl } from './app-files'

/** The message the worker's own listener reads; msw's listener ignores anything but its strings. */
export const KEEP_FILES_MESSAGE = 'bearer-playground:keep-files'

export interface KeepFiles {
  readonly type: typeof KEEP_FILES_MESSAGE
  /** The build's entry script: the name of the copy. */
  readonly version: string
  /** Absolute URLs, without query or fragment. */
  readonly urls: readonly string[]
}

/**
 * The playground's own files among the URLs the page loaded, plus the page itself (its folder,
 * where a lesson's URL only adds a query): what an offline reload needs.
 */
export function ownFilesAmong(loaded: readonly string[], folder: URL): string[] {
  const own = loaded.map((url) => url.replace(/[?#].*$/, '')).filter((url) => isAppUrl(url, folder))
  return [...new Set([folder.href, ...own])]
}

/** The build's entry script (`assets/index-<hash>.js`), or undefined in development, where nothing is kept. */
export function buildVersion(scriptSources: readonly string[], folder: URL): string | undefined {
  const entry = scriptSources.find((source) => /\/assets\/[^/]+\.js$/.test(source) && source.startsWith(folder.href))
  return entry?.slice(folder.href.length)
}

/**
 * From now on, tells the worker that controls the page which own files the page has loaded: those
 * so far, and each lazily loaded chunk as it comes (a lesson's text, the inspector's views). Does
 * nothing without a controlling worker (a first visit before it activates, a frame that refuses one).
 */
export function keepFilesForOffline(folder: URL): () => void {
  // Absent where the page is not a secure context.
  const worker = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null
  const sources = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map(
    (script) => script.src,
  )
  const version = buildVersion(sources, folder)
  if (!worker || !version || typeof PerformanceObserver !== 'function') return () => undefined
  const post = (urls: readonly string[]) => {
    const message: KeepFiles = { type: KEEP_FILES_MESSAGE, version, urls: ownFilesAmong(urls, folder) }
    worker.postMessage(message)
  }
  post(performance.getEntriesByType('resource').map((entry) => entry.name))
  const observer = new PerformanceObserver((list) => {
    const fresh = list.getEntries().map((entry) => entry.name)
    if (fresh.some((url) => isAppUrl(url, folder))) post(fresh)
  })
  observer.observe({ type: 'resource' })
  return () => {
    observer.disconnect()
  }
}
