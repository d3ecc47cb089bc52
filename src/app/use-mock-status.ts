// The mock's start as page state: starting until `bootMock` settles, then ready or failed.
import { useEffect, useState } from 'react'
import type { MockStatus } from './boot-mock'

const STARTING: MockStatus = { state: 'starting' }

export function useMockStatus(started: Promise<MockStatus>): MockStatus {
  const [status, setStatus] = useState<MockStatus>(STARTING)
  useEffect(() => {
    let live = true
    void started.then((next) => {
      if (live) setStatus(next)
    })
    return () => {
      live = false
    }
  }, [started])
  return status
}
