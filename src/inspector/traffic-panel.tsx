// The inspector's frame in the shell: it records the API's traffic from the moment the mock
// starts, and loads the inspector itself lazily, only while the panel is open. On a wide screen
// it is a dock along the bottom of the page, so each answer shows up beside the click that asked;
// on a phone, a sheet along the bottom of the window, folded to the newest exchange.
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useLayoutEffect,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent,
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
  /**
   * A phone: a sheet fixed along the bottom of the window that shows the newest exchange and the
   * note, and opens into the whole panel. It starts folded on every visit.
   */
  readonly sheet?: boolean
}

/**
 * The folded sheet's height, on the root element: the page keeps that much room below its end,
 * and scrolls what it brings into view (focus, a link to an anchor) clear of the sheet.
 */
const SHEET_HEIGHT_PROPERTY = '--traffic-sheet-height'

export function TrafficPanel(props: TrafficPanelProps) {
  const { store, network, apiRoot, docsPage, site, lessonId, lessonTitle, mistakeId, note, sheet = false } = props
  const [dock, setDock] = useState<DockState>(() => readDockState(localStore()))
  // The sheet's own state, never stored: the dock's open or closed is a desk's setting.
  const [sheetOpen, setSheetOpen] = useState(false)
  const open = sheet ? sheetOpen : dock.open
  const dockOpen = !sheet && dock.open
  const openSheet = useCallback(() => {
    setSheetOpen(true)
  }, [])
  const panel = useRef<HTMLElement>(null)
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
        onShowNewest={sheet ? openSheet : undefined}
      />
    ),
    [store, apiRoot, lessonId, originText, toolbarSlot, sheet, openSheet],
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

  useSheetHeight(panel, sheet, sheetOpen)

  const toggleButton = useRef<HTMLButtonElement>(null)
  const foldSheet = (event: KeyboardEvent<HTMLElement>) => {
    if (!sheet || !sheetOpen || event.key !== 'Escape' || event.defaultPrevented) return
    setSheetOpen(false)
    toggleButton.current?.focus()
  }

  // Read by the wide layout only (traffic-panel.css); narrow pages keep the panel in the flow.
  const style: CSSProperties & Record<'--traffic-dock-height', string> = { '--traffic-dock-height': `${height}px` }

  return (
    <section
      ref={panel}
      id="traffic-panel"
      className={`traffic-panel${open ? '' : ' is-closed'}${sheet ? ' is-sheet' : ''}`}
      aria-labelledby="traffic-heading"
      style={style}
      onKeyDown={foldSheet}
    >
      {dockOpen && (
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
            ref={toggleButton}
            type="button"
            className="traffic-toggle"
            aria-expanded={open}
            aria-controls={open || (sheet && later) ? 'traffic-body' : undefined}
            onClick={() => {
              if (sheet) setSheetOpen(!sheetOpen)
              else remember({ ...dock, open: !dock.open })
            }}
          >
            <span aria-hidden="true" className="traffic-toggle-icon">
              {sheet ? (open ? '▾' : '▴') : open ? '▾' : '▸'}
            </span>
            HTTP traffic
          </button>
        </h2>
        {note}
        {!sheet && !dock.open && (
          <p className="traffic-closed-note">
            Closed. Exchanges are still recorded and will be listed when you open it again.
          </p>
        )}
        {/* Notes about the dock go here, between the heading and the controls. */}
        {dockOpen && <div ref={setToolbarSlot} className="traffic-bar-tools" />}
      </div>
      {/* The folded sheet keeps the inspector: it shows the newest exchange, and keeps the selection. */}
      {(sheet || dock.open) &&
        (later ? <Suspense fallback={INSPECTOR_LOADING}>{inspector}</Suspense> : INSPECTOR_LOADING)}
    </section>
  )
}

/** Keeps SHEET_HEIGHT_PROPERTY at the folded sheet's height, and removes it without a sheet. */
function useSheetHeight(panel: { readonly current: HTMLElement | null }, sheet: boolean, sheetOpen: boolean) {
  useLayoutEffect(() => {
    const element = panel.current
    // Open, the sheet covers the page on purpose: the room kept is the folded sheet's.
    if (!sheet || sheetOpen || !element) return
    const root = document.documentElement
    const write = () => {
      root.style.setProperty(SHEET_HEIGHT_PROPERTY, `${element.offsetHeight}px`)
    }
    write()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(write)
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [panel, sheet, sheetOpen])
  useEffect(() => {
    if (!sheet) return
    return () => {
      document.documentElement.style.removeProperty(SHEET_HEIGHT_PROPERTY)
    }
  }, [sheet])
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
