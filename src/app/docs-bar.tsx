// The docs pane's top bar: whether the stand-in answers, and the settings that change who answers
// and where ("Your own server", "Behind a proxy"), as one row of buttons. At most one panel is
// open, below the row, so that Swagger UI's first operation stays on the first screen.
import { useId, useState, type ReactNode } from 'react'

export interface DocsBarPanel {
  readonly id: string
  /** The button's text, and the panel's name. */
  readonly label: string
  readonly content: ReactNode
  /** Opens the panel without a click whenever this becomes true (a connection to read about). */
  readonly opensItself?: boolean
}

interface DocsBarProps {
  /** What the row says first: the mock's status, when there is one to show. */
  readonly status: ReactNode
  readonly panels: readonly DocsBarPanel[]
}

export function DocsBar({ status, panels }: DocsBarProps) {
  const idPrefix = useId()
  const asked = panels.find((panel) => panel.opensItself === true)?.id
  const [open, setOpen] = useState(asked)
  // A panel that asks to open does so when it starts asking; the learner may close it again.
  const [lastAsked, setLastAsked] = useState(asked)
  if (asked !== lastAsked) {
    setLastAsked(asked)
    if (asked !== undefined) setOpen(asked)
  }
  const shown = panels.find((panel) => panel.id === open)
  return (
    <div className="docs-bar">
      <div className="docs-bar-row">
        {status}
        {panels.length > 0 && (
          <div className="docs-bar-toggles">
            {panels.map((panel) => (
              <button
                key={panel.id}
                type="button"
                className="docs-bar-toggle"
                aria-expanded={panel.id === open}
                aria-controls={panel.id === open ? `${idPrefix}-${panel.id}` : undefined}
                onClick={() => {
                  setOpen(panel.id === open ? undefined : panel.id)
                }}
              >
                <span aria-hidden="true" className="docs-bar-caret">
                  {panel.id === open ? '▾' : '▸'}
                </span>{' '}
                <span>{panel.label}</span>
              </button>
            ))}
          </div>
        )}
      </div>
      {shown && (
        <div id={`${idPrefix}-${shown.id}`} className="docs-bar-panel" role="group" aria-label={shown.label}>
          {shown.content}
        </div>
      )}
    </div>
  )
}
