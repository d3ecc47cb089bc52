// The inspector's frame in the shell: it records the API's traffic from the moment the mock
// starts, and loads the inspector itself lazily, only while the panel is open.
import { Suspense, lazy, useEffect, useLayoutEffect, useState } from 'react'
import type { MockNetwork } from '../server/mock-network'
import type { TrafficStore } from './traffic-store'
import './traffic-panel.css'

const TrafficInspector = lazy(() =>
  import('./traffic-inspector').then((module) => ({ default: module.TrafficInspector })),
)

export interface TrafficPanelProps {
  /** Records every exchange; the shell owns it, so that other views can read it too. */
  readonly store: TrafficStore
  /** Present once the mock has started. */
  readonly network: MockNetwork | undefined
  /** Where the active lesson's API is mounted (BASE, or BASE + "api/v1/" behind the proxy). */
  readonly apiRoot: URL
  /** The page FastAPI would serve Swagger UI from: relative token URLs resolve against it. */
  readonly docsPage: URL
  readonly lessonId: string
}

export function TrafficPanel({ store, network, apiRoot, docsPage, lessonId }: TrafficPanelProps) {
  const [open, setOpen] = useState(true)

  // Before Swagger UI's effects send the new lesson's first request.
  useLayoutEffect(() => {
    store.setContext({ lessonId, apiRoot: apiRoot.href, docsPage: docsPage.href })
  }, [store, lessonId, apiRoot, docsPage])

  useEffect(() => network?.onTraffic(store.record), [network, store])

  return (
    <section className="traffic-panel" aria-labelledby="traffic-heading">
      <h2 id="traffic-heading" className="traffic-heading">
        <button
          type="button"
          className="traffic-toggle"
          aria-expanded={open}
          aria-controls={open ? 'traffic-body' : undefined}
          onClick={() => {
            setOpen(!open)
          }}
        >
          <span aria-hidden="true" className="traffic-toggle-icon">
            {open ? '▾' : '▸'}
          </span>
          HTTP traffic
        </button>
      </h2>
      {open ? (
        <Suspense fallback={<p>Loading the inspector…</p>}>
          <TrafficInspector store={store} />
        </Suspense>
      ) : (
        <p className="traffic-closed-note">
          Closed. Exchanges are still recorded and will be listed when you open it again.
        </p>
      )}
    </section>
  )
}
