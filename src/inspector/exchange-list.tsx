// The exchanges as a single-select listbox, newest first, so a new exchange shows up where the
// eye is without scrolling: Tab enters it, arrow keys, Home and End move the selection.
import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { factsOf } from './exchange-facts'
import { RELEASE_CHANGES } from '../server/release-changes'
import { BreakablePath } from '../ui/breakable-path'
import { summaryPath, summaryStatus, summaryTone, summaryWhy } from './exchange-summary'
import { formatDuration } from './formatters'
import type { TokenLinks } from './token-links'
import type { Exchange } from './exchange'

interface ExchangeListProps {
  readonly rows: readonly Exchange[]
  readonly links: TokenLinks
  readonly selectedId: string | undefined
  readonly onSelect: (id: string) => void
}

export function ExchangeList({ rows, links, selectedId, onSelect }: ExchangeListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const newestId = rows.at(-1)?.id
  const shownNewestId = useRef(newestId)

  // A new exchange lands at the top: bring the top back into view, unless the learner is moving
  // through the list by keyboard, where the list must stay put under the focus.
  useLayoutEffect(() => {
    if (newestId === shownNewestId.current) return
    shownNewestId.current = newestId
    const element = scroller.current
    if (!element || element.scrollTop === 0 || element.contains(document.activeElement)) return
    element.scrollTop = 0
  }, [newestId])

  if (rows.length === 0) {
    return <p className="exchange-list-empty">Nothing to list yet.</p>
  }
  const newestFirst = rows.toReversed()
  const focusId = rows.some((row) => row.id === selectedId) ? selectedId : newestFirst[0]?.id

  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = newestFirst.findIndex((row) => row.id === focusId)
    const targets: Record<string, number> = {
      ArrowDown: Math.min(index + 1, newestFirst.length - 1),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: newestFirst.length - 1,
    }
    const target = targets[event.key]
    const row = target === undefined ? undefined : newestFirst[target]
    if (!row) {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault()
        if (focusId !== undefined) onSelect(focusId)
      }
      return
    }
    event.preventDefault()
    onSelect(row.id)
    scroller.current?.querySelector<HTMLElement>(`[data-exchange-id="${CSS.escape(row.id)}"]`)?.focus()
  }

  return (
    <div ref={scroller} className="exchange-list-scroller">
      <ul role="listbox" aria-label="Exchanges" className="exchange-list" onKeyDown={move}>
        {newestFirst.map((exchange) => (
          <ExchangeRow
            key={exchange.id}
            exchange={exchange}
            selected={exchange.id === selectedId}
            focusable={exchange.id === focusId}
            issuedLabel={links.issued.get(exchange.seq)?.label}
            carriedLabel={carriedLabel(links, exchange.seq)}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </div>
  )
}

function carriedLabel(links: TokenLinks, seq: number): string | undefined {
  const carried = links.carried.get(seq)
  if (!carried) return undefined
  return carried.tampered ? `${carried.label}, tampered` : carried.label
}

interface ExchangeRowProps {
  readonly exchange: Exchange
  readonly selected: boolean
  readonly focusable: boolean
  readonly issuedLabel: string | undefined
  readonly carriedLabel: string | undefined
  readonly onSelect: (id: string) => void
}

// Rows whose exchange did not change skip rendering: a burst re-renders only the new rows.
const ExchangeRow = memo(function ExchangeRow(props: ExchangeRowProps) {
  const { exchange, selected } = props
  const facts = factsOf(exchange)
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={props.focusable ? 0 : -1}
      data-exchange-id={exchange.id}
      className={`exchange-row${selected ? ' is-selected' : ''}`}
      onClick={() => {
        props.onSelect(exchange.id)
      }}
    >
      <span className="exchange-seq">#{exchange.seq}</span>
      <span className="exchange-method">{exchange.request.method}</span>
      <span className="exchange-path">
        <BreakablePath text={summaryPath(exchange)} />
      </span>
      <span className={`exchange-status tone-${summaryTone(exchange)}`}>{summaryStatus(exchange)}</span>
      <span className="exchange-time">{formatDuration(facts.durationMs)}</span>
      {/* After the chips: the accessible name keeps starting "#seq METHOD path status". */}
      <span className="exchange-why-line">
        {props.issuedLabel && <span className="token-chip">issues {props.issuedLabel}</span>}
        {props.carriedLabel && <span className="token-chip">sends {props.carriedLabel}</span>}
        {releaseChip(exchange)}
        <span className="exchange-why">{summaryWhy(exchange)}</span>
      </span>
    </li>
  )
})

/** "0.92 answer, changed in 0.122.0": the row says at a glance that today's FastAPI differs. */
function releaseChip(exchange: Exchange) {
  const record = exchange.response?.record
  const changes = record?.releaseChanges ?? []
  if (!record?.release || changes.length === 0) return null
  const releases = [...new Set(changes.map((id) => RELEASE_CHANGES[id].changedIn))].join(', ')
  return (
    <span className="token-chip release-chip">
      {record.release} answer, changed in {releases}
    </span>
  )
}
