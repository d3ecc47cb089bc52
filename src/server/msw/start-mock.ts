// Starts msw's mock network, through its service worker where the browser allows one and inside
// the page where it does not (mock-mode.ts says which and why), and turns every way that can fail
// into a problem and advice for the learner. What the playground knows of how msw starts lives here:
// what it reads as it loads, the errors it throws.
// msw itself (mock-network.ts) loads lazily, from here.
import { WORKER_SCRIPT } from './app-files'
import { chooseMockMode, inPageReasonFor, WorkerStartTimeout, type InPageReason } from './mock-mode'
import type * as MockNetworkModuleType from './mock-network'
import type { StartedMockNetwork } from './mock-network'
import type { MockNetwork } from '../traffic'

export type MockStart =
  | { readonly ok: true; readonly mode: 'service-worker'; readonly network: MockNetwork }
  | { readonly ok: true; readonly mode: 'in-page'; readonly reason: InPageReason; readonly network: MockNetwork }
  | { readonly ok: false; readonly problem: string; readonly advice: string }

export interface MockStartOptions {
  /**
   * Makes localStorage and sessionStorage readable where the browser denies them (a cross-origin
   * frame, blocked storage): msw's cookie store reads localStorage as soon as msw is imported, and
   * the denial would stop the mock. Runs before msw loads.
   */
  readonly makeStorageReadable: () => void
  /** The page's `?mock=` parameter: `in-page` skips the worker. */
  readonly asked: string | null
  /** How long the worker may take to start, once msw has loaded, before the page mocks by itself. */
  readonly workerTimeoutMs?: number
}

/** Long enough for a cold worker on a busy machine; a learner waits this long at most. */
const WORKER_TIMEOUT_MS = 20_000

type MockNetworkModule = typeof MockNetworkModuleType

export async function startMock(base: URL, options: MockStartOptions): Promise<MockStart> {
  let loaded: Promise<MockNetworkModule>
  try {
    options.makeStorageReadable()
    // Fetched and compiled while the worker takes control of the page.
    loaded = import('./mock-network')
  } catch (error) {
    return failureFor(error, base)
  }
  const choice = chooseMockMode(
    { hasServiceWorkers: 'serviceWorker' in navigator, isSecureContext: window.isSecureContext },
    options.asked,
  )
  if (choice.mode === 'in-page') return startInPage(base, loaded, choice.reason)
  const started = await startWithWorker(base, loaded, options.workerTimeoutMs ?? WORKER_TIMEOUT_MS)
  if (!started.ok) {
    const reason = inPageReasonFor(started.error)
    return reason ? startInPage(base, loaded, reason) : failureFor(started.error, base)
  }
  // A page its worker does not control (a hard reload) sends its requests past the worker.
  if (!navigator.serviceWorker.controller) {
    started.network.stop()
    return startInPage(base, loaded, 'not-controlled')
  }
  return { ok: true, mode: 'service-worker', network: started.network }
}

async function startInPage(base: URL, loaded: Promise<MockNetworkModule>, reason: InPageReason): Promise<MockStart> {
  try {
    const { startMockNetwork } = await loaded
    return { ok: true, mode: 'in-page', reason, network: await startMockNetwork(base, 'in-page') }
  } catch (error) {
    return failureFor(error, base)
  }
}

type WorkerAttempt =
  { readonly ok: true; readonly network: StartedMockNetwork } | { readonly ok: false; readonly error: unknown }

async function startWithWorker(
  base: URL,
  loaded: Promise<MockNetworkModule>,
  timeoutMs: number,
): Promise<WorkerAttempt> {
  const attempt = (async () => {
    const { startMockNetwork } = await loaded
    return startMockNetwork(base, 'service-worker')
  })()
  let timer: ReturnType<typeof setTimeout> | undefined
  let settled = false
  // The clock starts once msw has loaded: a slow network is not a slow worker.
  const timeout = loaded.then(
    () =>
      new Promise<never>((_resolve, reject) => {
        if (settled) return
        timer = setTimeout(() => {
          reject(new WorkerStartTimeout(timeoutMs / 1000))
        }, timeoutMs)
      }),
  )
  try {
    return { ok: true, network: await Promise.race([attempt, timeout]) }
  } catch (error) {
    // A worker that starts after all must not mock beside the page's own network.
    if (error instanceof WorkerStartTimeout) {
      attempt.then(
        (late) => {
          late.stop()
        },
        () => undefined,
      )
    }
    return { ok: false, error }
  } finally {
    settled = true
    clearTimeout(timer)
  }
}

function failureFor(error: unknown, base: URL): MockStart {
  const message = error instanceof Error ? error.message : String(error)
  const script = new URL(WORKER_SCRIPT, base).href
  // A missing script is "not found" (msw: "does not exist"); a missing mockServiceWorker.js beside
  // it fails the script's run.
  if (/does not exist|404|evaluation failed/i.test(message)) {
    return {
      ok: false,
      problem: `The mock API could not start: its service worker script was not found at ${script}, or could not load mockServiceWorker.js beside it.`,
      advice: `If you deployed the build yourself, copy every file of dist/, ${WORKER_SCRIPT} and mockServiceWorker.js included, into the same folder as index.html.`,
    }
  }
  return {
    ok: false,
    problem: `The mock API could not start: ${message}`,
    advice: 'Open the playground over https:// or on localhost in a current Chromium, Firefox or Safari, then reload.',
  }
}
