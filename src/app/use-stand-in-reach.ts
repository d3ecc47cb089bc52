// Whether the page's latest request to the mounted API reached the stand-in (server/traffic.ts's
// Reach), as page state: the status line stops saying "ready" once requests go past the stand-in,
// and says so again as soon as one reaches it.
import { useEffect, useState } from 'react'
import type { MockNetwork, Reach } from '../server/traffic'

export function useStandInReach(network: MockNetwork | undefined): Reach | undefined {
  const [reach, setReach] = useState<Reach | undefined>(undefined)
  useEffect(
    () =>
      network?.onReach((next) => {
        // One state per change, not one per request: a page full of answers renders nothing new.
        setReach((previous) => (next.reached && previous?.reached ? previous : next))
      }),
    [network],
  )
  return reach
}
