// Once the mock answers through its worker (it starts after the first screen), the worker keeps a
// copy of the files the page loaded, so that reloading the lesson without a network still works
// (server/msw/offline-copy.ts). Mocked inside the page, no worker controls it: nothing is kept.
import { useEffect } from 'react'
import { keepFilesForOffline } from '../server/msw/offline-copy'
import type { MockStatus } from './boot-mock'

export function useOfflineCopy(status: MockStatus, base: URL): void {
  const throughWorker = status.state === 'ready' && status.mode === 'service-worker'
  useEffect(() => (throughWorker ? keepFilesForOffline(base) : undefined), [throughWorker, base])
}
