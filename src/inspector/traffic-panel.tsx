// The inspector's frame in the shell: it records the API's traffic from the moment the mock
// starts, and loads the inspector itself lazily, only while the panel is open. On a wide screen
// it is a dock along the bottom of the page, so each answer shows up beside the click that asked.
import {
  Suspense,
  lazy,
  useEffect,
  useLayoutEffect,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react'
import type { MockNetwork } from '../server/traffic'
import { useFirstScreenDrawn } from '../ui/first-screen'
import { DockResizeHandle } from '../ui/dock-resize-handle'
import { localStore } from '../ui/safe-storage'
import { InspectorClock } from './inspector-clock'
import { DEFAULT_LOCAL_ORIGIN } from './curl'
import { dockBounds, dockHeight, readDockState, writeDockState, type DockState } from './traffic-dock'
import type { TrafficStore } from './traffic-store'
import './traffic-panel.css'

const TrafficInspector = lazy(() =>
  import('./traffic-inspector').then((module) => ({ default: module.TrafficInspector })),
)

const INSPECTOR_LOADING = <p className="traffic-loading">Loading the inspector…</p>

export interface TrafficPanelProps {
  /** Records every exchange; the shell owns it, so that other views can read it too. */
  readonly store: TrafficStore
  /** Present once the mock has started. */
  readonly network: MockNetwork | undefined
  /** Where the active lesson's API is mounted (BASE, or BASE + "api/v1/" behind the proxy). */
  readonly apiRoot: URL
  /** The page FastAPI would serve Swagger UI from: relative token URLs resolve against it. */
  readonly docsPage: URL
  /** The playground's folder, where its stand-in third parties answer. */
  readonly site?: URL
  readonly lessonId: string
  /** Named in the line that says whose traffic was cleared when the learner moved on. */
  readonly lessonTitle: string
  /** The lesson's mistake switched on, if any: experiments about it read it from each exchange. */
  readonly mistakeId: string | null
  /** Beside the heading, where the learner watches the answers: the note on an experiment just done. */
  readonly note?: ReactNode
  /** What the page needs above a dock it has not been given a height for yet, in px. */
  readonly roomAbove: number
}

export function TrafficPanel(props: TrafficPanelProps) {
  const { store, network, apiRoot, docsPage, site, lessonId, lessonTitle, mistakeId, note } = props
  const [dock, setDock] = useState<DockState>(() => readDockState(localStore()))
  const viewportHeight = useSyncExternalStore(subscribeToResize, currentViewportHeight)
  const height = dockHeight(dock, viewportHeight, props.roomAbove)
  const { min, max } = dockBounds(viewportHeight)
  // Where curl commands aim: a setting of the dock, kept from one lesson to the next.
  const [originText, setOriginText] = useState(DEFAULT_LOCAL_ORIGIN)
  // The header row that holds the inspector's controls beside the heading: one row, not two.
  const [toolbarSlot, setToolbarSlot] = useState<HTMLDivElement | null>(null)
  // The same element on every render: dragging the handle re-renders the frame, not the inspector.
  // Recording starts with the mock; the inspector's view loads once Swagger UI has drawn. A new
  // one for each lesson: what was typed or selected in one lesson stays there.
  const later = useFirstScreenDrawn()
  const inspector = useMemo(
    () => (
      <TrafficInspector
        key={lessonId}
        store={store}
        apiRoot={apiRoot.href}
        originText={originText}
        onOrigin={setOriginText}
        toolbarSlot={toolbarSlot}
      />
    ),
    [store, apiRoot, lessonId, originText, toolbarSlot],
  )

  const remember = (next: DockState) => {
    setDock(next)
    writeDockState(localStore(), next)
  }

  // Each lesson is its own place: leaving one forgets its exchanges (the inspector says how many),
  // before the next lesson's first request is recorded.
  useLayoutEffect(
    () => () => {
      store.leaveLesson(lessonTitle)
    },
    [store, lessonId, lessonTitle],
  )

  // Before Swagger UI's effects send the new lesson's first request.
  useLayoutEffect(() => {
    store.setContext({
      lessonId,
      apiRoot: apiRoot.href,
      docsPage: docsPage.href,
      ...(site && { site: site.href }),
      ...(mistakeId !== null && { mistakeId }),
    })
  }, [store, lessonId, apiRoot, docsPage, site, mistakeId])

  // Each request keeps the stand-in's time, lesson clock included, for tests that replay it later.
  const standInClock = useContext(InspectorClock)
  useEffect(
    () =>
      network?.onTraffic((event) => {
        store.record(event, standInClock())
      }),
    [network, store, standInClock],
  )

  // Read by the wide layout only (traffic-panel.css); narrow pages keep the panel in the flow.
  const style: CSSProperties & Record<'--traffic-dock-height', string> = { '--traffic-dock-height': `${height}px` }

  return (
    <section
      id="traffic-panel"
      className={`traffic-panel${dock.open ? '' : ' is-closed'}`}
      aria-labelledby="traffic-heading"
      style={style}
    >
      {dock.open && (
        <DockResizeHandle
          label="Resize HTTP traffic"
          controls="traffic-panel"
          height={height}
          min={min}
          max={max}
          onResize={(next) => {
            setDock((current) => ({ ...current, height: next }))
          }}
          onResizeEnd={(next) => {
            remember({ ...dock, height: next })
          }}
        />
      )}
      <div className="traffic-bar">
        <h2 id="traffic-heading" className="traffic-heading">
          <button
            type="button"
            className="traffic-toggle"
            aria-expanded={dock.open}
            aria-controls={dock.open ? 'traffic-body' : undefined}
            onClick={() => {
              remember({ ...dock, open: !dock.open })
            }}
          >
            <span aria-hidden="true" className="traffic-toggle-icon">
              {dock.open ? '▾' : '▸'}
            </span>
            HTTP traffic
          </button>
        </h2>
        {note}
        {!dock.open && (
          <p className="traffic-closed-note">
            Closed. Exchanges are still recorded and will be listed when you open it again.
          </p>
        )}
        {/* Notes about the dock go here, between the heading and the controls. */}
        {dock.open && <div ref={setToolbarSlot} className="traffic-bar-tools" />}
      </div>
      {dock.open && (later ? <Suspense fallback={INSPECTOR_LOADING}>{inspector}</Suspense> : INSPECTOR_LOADING)}
    </section>
  )
}

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange)
  return () => {
    window.removeEventListener('resize', onChange)
  }
}

function currentViewportHeight(): number {
  return window.innerHeight
}
