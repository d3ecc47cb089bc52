// Starts the mock beside the shell's first paint (src/server/msw/start-mock.ts, which loads msw
// lazily: the shell does not need it to show itself) and tells the shell how it went.
import { MOCK_MODE_PARAMETER, type InPageReason } from '../server/msw/mock-mode'
import { startMock } from '../server/msw/start-mock'
import type { MockNetwork } from '../server/traffic'
import { standInForDeniedStorage } from '../ui/safe-storage'

export type MockStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'ready'; readonly mode: 'service-worker'; readonly network: MockNetwork }
  | { readonly state: 'ready'; readonly mode: 'in-page'; readonly reason: InPageReason; readonly network: MockNetwork }
  | { readonly state: 'failed'; readonly problem: string; readonly advice: string }

export async function bootMock(base: URL): Promise<MockStatus> {
  const started = await startMock(base, {
    makeStorageReadable: standInForDeniedStorage,
    asked: new URL(window.location.href).searchParams.get(MOCK_MODE_PARAMETER),
  })
  if (!started.ok) return { state: 'failed', problem: started.problem, advice: started.advice }
  markReady()
  return started.mode === 'in-page'
    ? { state: 'ready', mode: 'in-page', reason: started.reason, network: started.network }
    : { state: 'ready', mode: 'service-worker', network: started.network }
}

/** A performance mark for `npm run bench`: how long a cold start takes to get the mock answering. */
function markReady(): void {
  performance.mark('bearer-playground:mock-ready')
}
