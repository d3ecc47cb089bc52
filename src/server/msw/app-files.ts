// Paths below the base that belong to the playground itself (the built assets, the worker scripts,
// Swagger UI's OAuth2 redirect page, Vite's dev paths), never to the lesson's API. Keep in step with
// public/ and with the lists in public/playground-worker.js (app-files.test.ts compares them).
import { IDENTITY_PROVIDER_FOLDER } from '../identity-provider/provider-folder'

/** The service worker the page registers: msw's worker wrapped with the playground's own routes. */
export const WORKER_SCRIPT = 'playground-worker.js'

export const APP_FILES: ReadonlySet<string> = new Set([
  'index.html',
  'mockServiceWorker.js',
  WORKER_SCRIPT,
  'favicon.svg',
  // Swagger UI's default oauth2RedirectUrl is oauth2-redirect.html beside the page.
  'oauth2-redirect.html',
  'oauth2-redirect.js',
])
export const APP_PREFIXES: readonly string[] = ['assets/', 'src/', 'node_modules/', '@', '__vite']

/**
 * Folders whose page loads are a stand-in's, not the playground's: the stand-in identity provider's
 * login page, which Swagger UI opens in a popup. The worker hands them to the page like any request.
 */
export const STAND_IN_PAGE_FOLDERS: readonly string[] = [IDENTITY_PROVIDER_FOLDER]

/** `relativePath` is the request path below the base, without a leading slash. */
export function isAppFile(relativePath: string): boolean {
  return APP_FILES.has(relativePath) || APP_PREFIXES.some((prefix) => relativePath.startsWith(prefix))
}

/** Whether `url` is one of the app's files below `folder` (query and fragment aside). */
export function isAppUrl(url: string, folder: URL): boolean {
  return url.startsWith(folder.href) && isAppFile(url.slice(folder.href.length).replace(/[?#].*$/, ''))
}
