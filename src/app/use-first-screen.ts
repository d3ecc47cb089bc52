// The page's first screen (ui/first-screen.ts): Swagger UI marks it drawn when it shows the
// document; this marks it drawn when there is nothing for it to draw, so the rest of the page
// does not wait for the fallback timer.
import { useEffect } from 'react'
import type { TrafficEvent, MockNetwork } from '../server/traffic'
import type { FirstScreen } from '../ui/first-screen'

export interface FirstScreenInput {
  /** Made by main.tsx: the mock's start waits for it too. */
  readonly firstScreen: FirstScreen
  readonly network: MockNetwork | undefined
  /** A real server answers: its own pane draws the docs, once it is reached. */
  readonly ownServer: boolean
  /** The mock could not start: the page shows why, not a document. */
  readonly mockFailed: boolean
}

/** A request that got no answer at all (an app that did not start): Swagger UI shows its error. */
export function answeredNothing(event: TrafficEvent): boolean {
  return event.kind === 'failure' || (event.kind === 'response' && event.status === 0)
}

export function useFirstScreen({ firstScreen, network, ownServer, mockFailed }: FirstScreenInput): FirstScreen {
  useEffect(() => {
    if (ownServer || mockFailed) firstScreen.markDrawn()
  }, [ownServer, mockFailed, firstScreen])
  useEffect(
    () =>
      network?.onTraffic((event) => {
        if (answeredNothing(event)) firstScreen.markDrawn()
      }),
    [network, firstScreen],
  )
  return firstScreen
}
