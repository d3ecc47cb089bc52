// Starts msw's service worker with the mock network on it, and turns every way that can fail into
// a problem and advice for the learner. What the playground knows of how msw starts lives here:
// what it reads as it loads, how it treats a worker registered before it, the errors it throws.
// msw itself (mock-network.ts) loads lazily, from here.
import { WORKER_SCRIPT } from './app-files'
import type { MockNetwork } from '../traffic'

declare global {
  interface Window {
    /** The worker's registration, begun by index.html before any module ran (none if it failed). */
    bearerPlaygroundWorker?: Promise<ServiceWorkerRegistration | undefined>
  }
}

export type MockStart =
  | { readonly ok: true; readonly mode: 'service-worker' | 'in-page'; readonly network: MockNetwork }
  | { readonly ok: false; readonly problem: string; readonly advice: string }

export interface MockStartOptions {
  /**
   * Makes localStorage and sessionStorage readable where the browser denies them (a cross-origin
   * frame, blocked storage): msw's cookie store reads localStorage as soon as msw is imported, and
   * the denial would stop the mock. Runs before msw loads.
   */
  readonly makeStorageReadable: () => void
}

export async function startMock(base: URL, options: MockStartOptions): Promise<MockStart> {
  const hasServiceWorkers = 'serviceWorker' in navigator
  let network: MockNetwork
  try {
    options.makeStorageReadable()
    // Fetched and compiled while the worker takes control of the page.
    const msw = import('./mock-network')
    if (hasServiceWorkers) {
      await untilEarlyWorkerControls()
    }
    const { startMockNetwork } = await msw
    // Without service workers (an insecure origin, some private windows) msw mocks fetch inside the page.
    network = await startMockNetwork(base)
  } catch (error) {
    return failureFor(error, base)
  }
  if (!hasServiceWorkers) return { ok: true, mode: 'in-page', network }
  // A hard reload loads the page without its service worker; requests would go to the network.
  if (!navigator.serviceWorker.controller) {
    return {
      ok: false,
      problem: 'This page is not controlled by the mock API’s service worker, which happens after a hard reload.',
      advice: 'Reload the page normally (not with Shift or Ctrl held down).',
    }
  }
  return { ok: true, mode: 'service-worker', network }
}

/**
 * msw takes a registered worker on a page it does not control for a hard reload, and reloads the
 * page. So when index.html's registration brings a new worker, wait until it takes control (or
 * fails); then msw starts with the worker already active. Otherwise (no early registration, or an
 * active worker that does not control this page) msw decides, as it would have anyway.
 */
async function untilEarlyWorkerControls(): Promise<void> {
  const registration = await window.bearerPlaygroundWorker
  const incoming = registration?.installing ?? registration?.waiting
  if (!incoming || navigator.serviceWorker.controller) return
  await new Promise<void>((resolve) => {
    const done = () => {
      navigator.serviceWorker.removeEventListener('controllerchange', done)
      incoming.removeEventListener('statechange', onStateChange)
      resolve()
    }
    // Activated without taking control (claim failed) or gone: msw decides from there, no hang.
    const onStateChange = () => {
      if (incoming.state === 'redundant') done()
      else if (incoming.state === 'activated') setTimeout(done)
    }
    navigator.serviceWorker.addEventListener('controllerchange', done)
    incoming.addEventListener('statechange', onStateChange)
  })
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
