// The grip on the top edge of a dock along the bottom of the page: a focusable separator, as in
// the ARIA window splitter pattern. Dragging it up, or ArrowUp, makes the dock taller. It looks
// like a grip and says what it does, to the eye and to assistive technology.
import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import './dock-resize-handle.css'

const STEP = 16
const BIG_STEP = 64

interface DockResizeHandleProps {
  readonly label: string
  /** The id of the element whose height this handle sets. */
  readonly controls: string
  readonly height: number
  readonly min: number
  readonly max: number
  /** Called while dragging and for each key press, with a height within min and max. */
  readonly onResize: (height: number) => void
  /** Called once the learner lets go or after a key press: the moment to remember the height. */
  readonly onResizeEnd: (height: number) => void
}

export function DockResizeHandle(props: DockResizeHandleProps) {
  const { height, min, max } = props
  const drag = useRef<{ readonly startY: number; readonly startHeight: number; last: number } | undefined>(undefined)
  const hintId = useId()
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)))

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    // No text selection while dragging; focus still shows which control moves.
    event.preventDefault()
    event.currentTarget.focus()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { startY: event.clientY, startHeight: height, last: height }
  }

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current
    if (!current) return
    const next = clamp(current.startHeight + current.startY - event.clientY)
    if (next === current.last) return
    current.last = next
    props.onResize(next)
  }

  const endDrag = () => {
    const current = drag.current
    if (!current) return
    drag.current = undefined
    props.onResizeEnd(current.last)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP
    const deltas: Record<string, number> = { ArrowUp: step, ArrowDown: -step }
    const delta = deltas[event.key]
    if (delta === undefined) return
    event.preventDefault()
    const next = clamp(height + delta)
    props.onResize(next)
    props.onResizeEnd(next)
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="horizontal"
      aria-label={props.label}
      aria-controls={props.controls}
      aria-valuenow={height}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${height} px tall`}
      aria-describedby={hintId}
      title="Drag to resize"
      className="dock-resize-handle"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onLostPointerCapture={endDrag}
      onKeyDown={onKeyDown}
    >
      <span className="dock-resize-grip" aria-hidden="true">
        <span className="dock-resize-lines" />
        Drag to resize
        <span className="dock-resize-lines" />
      </span>
      <span id={hintId} className="dock-resize-hint">
        Drag up or down to resize, or use the Up and Down arrow keys (with Shift for bigger steps).
      </span>
    </div>
  )
}
