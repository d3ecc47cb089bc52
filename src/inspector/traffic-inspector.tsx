// The open inspector: controls, the list of exchanges, the selected exchange's detail and the
// session's sequence. It reads the store's per-frame snapshot and never writes to the server.
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { DEFAULT_LOCAL_ORIGIN, normalizeOrigin } from './curl'
import { filterExchanges, type TrafficFilter } from './exchange-filter'
import { ExchangeDetail } from './exchange-detail'
import { ExchangeList } from './exchange-list'
import { NewestExchange } from './newest-exchange'
import { SendRequestForm } from './send-request-form'
import { SequenceView } from './sequence-view'
import { linkTokens } from './token-links'
import { TrafficToolbar } from './traffic-toolbar'
import type { Exchange } from './exchange'
import type { LeftBehind, TrafficStore } from './traffic-store'
import { useAnnouncer } from './use-announcer'
import './traffic-inspector.css'
import './traffic-phone.css'

/** Rows rendered at once: the store keeps more, the filter reaches them. */
export const MAX_ROWS = 100

interface TrafficInspectorProps {
  readonly store: TrafficStore
  /** Where the lesson's API is mounted now: hand-written requests go below it. */
  readonly apiRoot: string
  /** Where curl commands aim, as typed: kept by the dock, so that it outlives a lesson. */
  readonly originText: string
  readonly onOrigin: (text: string) => void
  /** The dock's header row, where the controls sit beside the heading; inline until it exists. */
  readonly toolbarSlot: HTMLElement | null
  /**
   * On a phone's folded sheet: the newest exchange is shown on one line above the rest, and
   * tapping it calls this to open the sheet, with that exchange selected.
   */
  readonly onShowNewest?: () => void
}

/**
 * One lesson's view: the dock mounts a new one for each lesson (a new `key`), so the filter, the
 * selection and the Send form never carry what was typed in one lesson into another.
 */
export function TrafficInspector(props: TrafficInspectorProps) {
  const { store, apiRoot, originText, onOrigin, toolbarSlot, onShowNewest } = props
  // Deferred: React renders a new snapshot in slices between frames, so a burst of exchanges
  // never holds up the page's own painting.
  const snapshot = useDeferredValue(useSyncExternalStore(store.subscribe, store.getSnapshot))
  const [filter, setFilter] = useState<TrafficFilter>({ text: '', showDocument: true })
  const [selectedId, setSelectedId] = useState<string | undefined>()
  const origin = normalizeOrigin(originText)

  const { exchanges } = snapshot
  const links = useMemo(() => linkTokens(exchanges), [exchanges])
  const matching = useMemo(() => filterExchanges(exchanges, filter), [exchanges, filter])
  const rows = matching.length > MAX_ROWS ? matching.slice(-MAX_ROWS) : matching
  const selected = selectedId === undefined ? undefined : exchanges.find((exchange) => exchange.id === selectedId)
  const announcement = useAnnouncer(exchanges)
  const detailPane = useRef<HTMLDivElement>(null)
  const selectedKey = selected?.id

  // Another exchange's detail starts at its top, not where the previous one was scrolled to.
  useLayoutEffect(() => {
    if (detailPane.current) detailPane.current.scrollTop = 0
  }, [selectedKey])

  const selectSeq = useCallback(
    (seq: number) => {
      const target = exchanges.find((exchange) => exchange.seq === seq)
      if (target) setSelectedId(target.id)
    },
    [exchanges],
  )

  // A request the learner sent from the panel (its answer read to the end) is recorded with its
  // answer, but the list may not show it for a quarter of a second yet: the store publishes at most
  // that often, and inside the page a frame that fell between the request's event and the answer's
  // showed it pending. Published now, the exchange selected is in the list with its answer, and
  // whoever reads the list next (the learner, or a walkthrough's next step) finds it there.
  const showSent = (test: (exchange: Exchange) => boolean) => {
    store.publishNow()
    const sent = store.findLatest(test)
    if (sent) setSelectedId(sent.id)
  }

  const toolbar = (
    <TrafficToolbar
      paused={snapshot.paused}
      onPause={(paused) => {
        store.setPaused(paused)
      }}
      onClear={() => {
        store.clear()
        setSelectedId(undefined)
      }}
      filter={filter}
      onFilter={setFilter}
      originText={originText}
      originValid={origin !== undefined}
      onOrigin={onOrigin}
    >
      <SendRequestForm apiRoot={apiRoot} onSent={showSent} />
    </TrafficToolbar>
  )

  // Every exchange counts, whatever the filter hides: the line answers "what did Execute do?".
  const newest = onShowNewest && (
    <NewestExchange
      exchange={exchanges.at(-1)}
      onShow={(id) => {
        setSelectedId(id)
        onShowNewest()
        // Once the sheet is open (the next frame), the focus goes where the line was pointing.
        requestAnimationFrame(() => {
          document.querySelector<HTMLElement>(`#traffic-body [data-exchange-id="${CSS.escape(id)}"]`)?.focus()
        })
      }}
    />
  )

  return (
    <div id="traffic-body" className="traffic-body">
      {newest}
      {toolbarSlot ? createPortal(toolbar, toolbarSlot) : toolbar}
      <p className="traffic-status">
        {snapshot.leftBehind && `${leftBehindLine(snapshot.leftBehind)} `}
        {statusLine(exchanges.length, matching.length, rows.length)}
        {snapshot.dropped > 0 &&
          ` ${snapshot.dropped} older exchanges were dropped: the inspector keeps the newest ${snapshot.capacity}.`}
        {snapshot.paused &&
          ` Paused: the list is frozen${snapshot.heldBack > 0 ? `, ${snapshot.heldBack} newer exchanges held back` : ''}.`}
      </p>
      <div className="traffic-columns">
        <ExchangeList rows={rows} links={links} selectedId={selected?.id} onSelect={setSelectedId} />
        {/* Scrolls on its own in the dock; focusable so that the keyboard can scroll it too. */}
        <div
          ref={detailPane}
          className="traffic-detail-pane"
          role="group"
          aria-label="Selected exchange and sequence"
          tabIndex={0}
        >
          {selected ? (
            <ExchangeDetail
              key={selected.id}
              exchange={selected}
              links={links}
              tokenUrl={snapshot.tokenUrl}
              operationScopes={snapshot.operationScopes}
              origin={origin ?? DEFAULT_LOCAL_ORIGIN}
              onSelectSeq={selectSeq}
              onResent={showSent}
            />
          ) : (
            <p className="exchange-detail-empty">
              Select an exchange to see its request, its response, and why FastAPI answered as it did.
            </p>
          )}
          <SequenceView exchanges={matching} links={links} />
        </div>
      </div>
      <div className="visually-hidden" aria-live="polite">
        <span key={announcement.count}>{announcement.text}</span>
      </div>
    </div>
  )
}

export function leftBehindLine({ lessonTitle, count }: LeftBehind): string {
  const noun = count === 1 ? 'exchange' : 'exchanges'
  return `Showing this lesson’s traffic: ${count} ${noun} of “${lessonTitle}” cleared.`
}

function statusLine(total: number, matching: number, shown: number): string {
  const noun = total === 1 ? 'exchange' : 'exchanges'
  if (total === 0) return 'No exchanges yet: load the docs, Authorize, or Try it out.'
  if (shown < matching) return `${total} ${noun}; showing the newest ${shown} of the ${matching} that match.`
  if (matching < total) return `${total} ${noun}; ${matching} match the filter.`
  return `${total} ${noun}.`
}
