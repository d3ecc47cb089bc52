// Starts the mock's service worker and turns every way it can fail into advice for the learner.
// msw is loaded here, beside the shell's first paint: the shell does not need it to show itself.
import { WORKER_SCRIPT } from '../server/msw/app-files'
import type { MockNetwork } from '../server/traffic'
import { standInForDeniedStorage } from '../ui/safe-storage'

export type MockStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'ready'; readonly mode: 'service-worker' | 'in-page'; readonly network: MockNetwork }
  | { readonly state: 'failed'; readonly problem: string; readonly advice: string }

declare global {
  interface Window {
    /** The worker's registration, begun by index.html before any module ran (none if it failed). */
    bearerPlaygroundWorker?: Promise<ServiceWorkerRegistration | undefined>
  }
}

export async function bootMock(base: URL): Promise<MockStatus> {
  const hasServiceWorkers = 'serviceWorker' in navigator
  let network: MockNetwork
  try {
    standInForDeniedStorage()
    // Fetched and compiled while the worker takes control of the page.
    const msw = import('../server/msw/mock-network')
    if (hasServiceWorkers) {
      await untilEarlyWorkerControls()
    }
    const { startMockNetwork } = await msw
    // Without service workers (an insecure origin, some private windows) msw mocks fetch inside the page.
    network = await startMockNetwork(base)
  } catch (error) {
    return failureFor(error, base)
  }
  if (!hasServiceWorkers) {
    markReady()
    return { state: 'ready', mode: 'in-page', network }
  }
  // A hard reload loads the page without its service worker; requests would go to the network.
  if (!navigator.serviceWorker.controller) {
    return {
      state: 'failed',
      problem: 'This page is not controlled by the mock API’s service worker, which happens after a hard reload.',
      advice: 'Reload the page normally (not with Shift or Ctrl held down).',
    }
  }
  markReady()
  return { state: 'ready', mode: 'service-worker', network }
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

/** A performance mark for `npm run bench`: how long a cold start takes to get the mock answering. */
function markReady(): void {
  performance.mark('bearer-playground:mock-ready')
}

function failureFor(error: unknown, base: URL): MockStatus {
  const message = error instanceof Error ? error.message : String(error)
  const script = new URL(WORKER_SCRIPT, base).href
  // A missing script is "not found"; a missing mockServiceWorker.js beside it fails the script's run.
  if (/does not exist|404|evaluation failed/i.test(message)) {
    return {
      state: 'failed',
      problem: `The mock API could not start: its service worker script was not found at ${script}, or could not load mockServiceWorker.js beside it.`,
      advice: `If you deployed the build yourself, copy every file of dist/, ${WORKER_SCRIPT} and mockServiceWorker.js included, into the same folder as index.html.`,
    }
  }
  return {
    state: 'failed',
    problem: `The mock API could not start: ${message}`,
    advice: 'Open the playground over https:// or on localhost in a current Chromium, Firefox or Safari, then reload.',
  }
}
