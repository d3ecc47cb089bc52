// Starts the mock once the first screen is up (src/server/msw/start-mock.ts, which loads msw
// lazily: neither the shell nor Swagger UI's first screen needs it, the page answers the OpenAPI
// document itself until then, server/msw/early-network.ts) and tells the shell how it went.
import type { EarlyNetwork } from '../server/msw/early-network'
import { MOCK_MODE_PARAMETER, type InPageReason } from '../server/msw/mock-mode'
import { startMock } from '../server/msw/start-mock'
import type { MockNetwork } from '../server/traffic'
import type { FirstScreen } from '../ui/first-screen'
import { standInForDeniedStorage } from '../ui/safe-storage'

export type MockStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'ready'; readonly mode: 'service-worker'; readonly network: MockNetwork }
  | { readonly state: 'ready'; readonly mode: 'in-page'; readonly reason: InPageReason; readonly network: MockNetwork }
  | { readonly state: 'failed'; readonly problem: string; readonly advice: string }

/** Resolves once the first screen has drawn (or its fallback timer said it never will). */
export function untilDrawn(firstScreen: FirstScreen): Promise<void> {
  return new Promise((resolve) => {
    if (firstScreen.isDrawn()) {
      resolve()
      return
    }
    const unsubscribe = firstScreen.subscribe(() => {
      unsubscribe()
      resolve()
    })
  })
}

export async function bootMock(base: URL, early: EarlyNetwork, firstScreen: FirstScreen): Promise<MockStatus> {
  await untilDrawn(firstScreen)
  const started = await startMock(base, {
    makeStorageReadable: standInForDeniedStorage,
    asked: new URL(window.location.href).searchParams.get(MOCK_MODE_PARAMETER),
  })
  if (!started.ok) {
    early.giveUp()
    return { state: 'failed', problem: started.problem, advice: started.advice }
  }
  early.handOver(started.network)
  markReady()
  return started.mode === 'in-page'
    ? { state: 'ready', mode: 'in-page', reason: started.reason, network: started.network }
    : { state: 'ready', mode: 'service-worker', network: started.network }
}

/** A performance mark for `npm run bench`: how long a cold start takes to get the mock answering. */
function markReady(): void {
  performance.mark('bearer-playground:mock-ready')
}
