// Starts the mock beside the shell's first paint (src/server/msw/start-mock.ts, which loads msw
// lazily: the shell does not need it to show itself) and tells the shell how it went.
import { startMock } from '../server/msw/start-mock'
import type { MockNetwork } from '../server/traffic'
import { standInForDeniedStorage } from '../ui/safe-storage'

export type MockStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'ready'; readonly mode: 'service-worker' | 'in-page'; readonly network: MockNetwork }
  | { readonly state: 'failed'; readonly problem: string; readonly advice: string }

export async function bootMock(base: URL): Promise<MockStatus> {
  const started = await startMock(base, { makeStorageReadable: standInForDeniedStorage })
  if (!started.ok) return { state: 'failed', problem: started.problem, advice: started.advice }
  markReady()
  return { state: 'ready', mode: started.mode, network: started.network }
}

/** A performance mark for `npm run bench`: how long a cold start takes to get the mock answering. */
function markReady(): void {
  performance.mark('bearer-playground:mock-ready')
}
