// Which way the mock answers the page's requests, and why: through msw's service worker, or inside
// the page, where msw intercepts fetch and XHR itself. The worker is preferred (the requests show in
// the browser's Network tab, and it serves the identity provider's popup); the page is where the
// worker cannot be had: a browser without service workers, an insecure origin, a frame on another
// site or blocked third-party storage (the browser refuses the registration), a worker too slow to
// start, a page its worker does not control.

export type MockMode = 'service-worker' | 'in-page'

/** Why the mock runs inside the page. */
export type InPageReason =
  'no-service-workers' | 'insecure-context' | 'refused' | 'timed-out' | 'not-controlled' | 'asked'

export type ModeChoice =
  { readonly mode: 'service-worker' } | { readonly mode: 'in-page'; readonly reason: InPageReason }

export interface WorkerSupport {
  /** Whether `navigator.serviceWorker` exists. */
  readonly hasServiceWorkers: boolean
  /** `window.isSecureContext`: service workers register only there. */
  readonly isSecureContext: boolean
}

/** The query parameter that asks for the in-page mock (`?mock=in-page`), the way back when the worker fails. */
export const MOCK_MODE_PARAMETER = 'mock'
export const IN_PAGE_VALUE = 'in-page'

/** The mode to try first, before anything is registered. */
export function chooseMockMode(support: WorkerSupport, asked: string | null): ModeChoice {
  if (asked === IN_PAGE_VALUE) return { mode: 'in-page', reason: 'asked' }
  if (!support.hasServiceWorkers) return { mode: 'in-page', reason: 'no-service-workers' }
  if (!support.isSecureContext) return { mode: 'in-page', reason: 'insecure-context' }
  return { mode: 'service-worker' }
}

/** Thrown when the worker has not started within its time. */
export class WorkerStartTimeout extends Error {
  constructor(seconds: number) {
    super(`The mock API’s service worker did not start within ${seconds} seconds.`)
    this.name = 'WorkerStartTimeout'
  }
}

// Chromium: "Failed to register a ServiceWorker: The user denied permission to use Service Worker."
// (msw wraps it in its own message) or, from getRegistrations, a NotSupportedError with the same
// words; Firefox: a SecurityError, "The operation is insecure."
const REFUSAL = /denied permission|operation is insecure|not allowed|storage (access|is) (denied|blocked)/i
const REFUSAL_NAMES = new Set(['SecurityError', 'NotSupportedError', 'NotAllowedError'])

/**
 * Whether a failed start of the worker means the page should mock by itself, and why; undefined
 * for a failure the deployment must fix (a missing worker script), which the page reports as such.
 */
export function inPageReasonFor(error: unknown): InPageReason | undefined {
  if (error instanceof WorkerStartTimeout) return 'timed-out'
  if (!(error instanceof Error)) return undefined
  if (REFUSAL_NAMES.has(error.name) || REFUSAL.test(error.message)) return 'refused'
  return undefined
}

/** The learner's words for why the mock runs in the page: the end of "Mock API ready, in this page: …". */
export function inPageReasonText(reason: InPageReason): string {
  switch (reason) {
    case 'no-service-workers':
      return 'this browser has no service workers'
    case 'insecure-context':
      return 'service workers need https:// or localhost'
    case 'refused':
      return 'your browser refused a service worker here'
    case 'timed-out':
      return 'the service worker took too long to start'
    case 'not-controlled':
      return 'the page loaded without its service worker (a hard reload)'
    case 'asked':
      return 'as the link asked (mock=in-page)'
  }
}
