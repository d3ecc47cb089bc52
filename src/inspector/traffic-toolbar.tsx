// The inspector's controls: pause, clear, filter, the openapi.json toggle, and where curl aims.
// On a phone the rarely used ones fold behind "More controls" (the `traffic-rare` class).
import { useState, type ReactNode } from 'react'
import type { TrafficFilter } from './exchange-filter'

interface TrafficToolbarProps {
  readonly paused: boolean
  readonly onPause: (paused: boolean) => void
  readonly onClear: () => void
  readonly filter: TrafficFilter
  readonly onFilter: (filter: TrafficFilter) => void
  readonly originText: string
  readonly originValid: boolean
  readonly onOrigin: (text: string) => void
  /** More controls at the end of the row. */
  readonly children?: ReactNode
}

export function TrafficToolbar(props: TrafficToolbarProps) {
  const { paused, filter, onFilter } = props
  // Only a phone's stylesheet shows the toggle and hides the rare controls while it is off.
  const [showRare, setShowRare] = useState(false)
  return (
    <div className={`traffic-toolbar${showRare ? ' shows-rare' : ''}`}>
      <button
        type="button"
        className="traffic-rare-toggle"
        aria-expanded={showRare}
        onClick={() => {
          setShowRare(!showRare)
        }}
      >
        More controls
      </button>
      <button
        type="button"
        className="traffic-rare"
        aria-pressed={paused}
        onClick={() => {
          props.onPause(!paused)
        }}
      >
        Pause
      </button>
      <button type="button" className="traffic-rare" onClick={props.onClear}>
        Clear
      </button>
      <label className="traffic-field">
        Filter by path or status
        <input
          type="search"
          value={filter.text}
          placeholder="token, 4xx"
          onChange={(event) => {
            onFilter({ ...filter, text: event.target.value })
          }}
        />
      </label>
      <label className="traffic-check traffic-rare">
        <input
          type="checkbox"
          checked={filter.showDocument}
          onChange={(event) => {
            onFilter({ ...filter, showDocument: event.target.checked })
          }}
        />
        Show openapi.json
      </label>
      <label className="traffic-field traffic-rare">
        Local FastAPI for curl
        <input
          type="url"
          value={props.originText}
          aria-invalid={!props.originValid}
          aria-describedby={props.originValid ? undefined : 'traffic-origin-problem'}
          onChange={(event) => {
            props.onOrigin(event.target.value)
          }}
        />
      </label>
      {!props.originValid && (
        <p id="traffic-origin-problem" className="traffic-field-problem">
          Not an http(s) address; curl commands use http://127.0.0.1:8000 meanwhile.
        </p>
      )}
      {props.children}
    </div>
  )
}
