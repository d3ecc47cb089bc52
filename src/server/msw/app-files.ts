// Paths below the base that belong to the playground itself (the built assets, the worker scripts,
// Vite's dev paths), never to the lesson's API. Keep in step with public/ and with the lists in
// public/playground-worker.js (app-files.test.ts compares them).

/** The service worker the page registers: msw's worker wrapped with the playground's own routes. */
export const WORKER_SCRIPT = 'playground-worker.js'

export const APP_FILES: ReadonlySet<string> = new Set([
  'index.html',
  'mockServiceWorker.js',
  WORKER_SCRIPT,
  'favicon.svg',
])
export const APP_PREFIXES: readonly string[] = ['assets/', 'src/', 'node_modules/', '@', '__vite']

/** `relativePath` is the request path below the base, without a leading slash. */
export function isAppFile(relativePath: string): boolean {
  return APP_FILES.has(relativePath) || APP_PREFIXES.some((prefix) => relativePath.startsWith(prefix))
}

/** Whether `url` is one of the app's files below `folder` (query and fragment aside). */
export function isAppUrl(url: string, folder: URL): boolean {
  return url.startsWith(folder.href) && isAppFile(url.slice(folder.href.length).replace(/[?#].*$/, ''))
}
