// Paths below the base that belong to the playground itself (the built assets, the worker script,
// Vite's dev paths), never to the lesson's API. Keep in step with public/.
const APP_FILES = new Set(['index.html', 'mockServiceWorker.js', 'favicon.svg'])
const APP_PREFIXES = ['assets/', 'src/', 'node_modules/', '@', '__vite']

/** `relativePath` is the request path below the base, without a leading slash. */
export function isAppFile(relativePath: string): boolean {
  return APP_FILES.has(relativePath) || APP_PREFIXES.some((prefix) => relativePath.startsWith(prefix))
}
