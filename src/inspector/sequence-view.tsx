// The session as a sequence diagram between the browser and the API, drawn as an ordered list:
// each exchange is an arrow out and an arrow back, in the order they happened.
import { useMemo } from 'react'
import { sequenceOf } from './sequence'
import type { TokenLinks } from './token-links'
import type { Exchange } from './exchange'
import './sequence-view.css'

/** Enough to read a login and the calls around it; the list above holds the rest. */
export const SEQUENCE_LENGTH = 12

interface SequenceViewProps {
  readonly exchanges: readonly Exchange[]
  readonly links: TokenLinks
}

export function SequenceView({ exchanges, links }: SequenceViewProps) {
  const items = useMemo(() => sequenceOf(exchanges.slice(-SEQUENCE_LENGTH), links), [exchanges, links])
  return (
    <div className="sequence">
      <h3 id="sequence-heading">Sequence</h3>
      {items.length === 0 ? (
        <p>The browser and the API have not talked yet.</p>
      ) : (
        <>
          {exchanges.length > SEQUENCE_LENGTH && <p>The newest {SEQUENCE_LENGTH} exchanges that match the filter.</p>}
          <div className="sequence-lanes" aria-hidden="true">
            <span>Browser</span>
            <span>API</span>
          </div>
          <ol className="sequence-list" aria-labelledby="sequence-heading">
            {items.map((item) => (
              <li key={item.id} className={`sequence-item tone-${item.tone}`}>
                {item.lessonChange && <p className="sequence-lesson">Lesson {item.lessonChange}</p>}
                <p className="sequence-arrow to-api">
                  <span className="visually-hidden">Browser to API: </span>
                  <span className="sequence-seq">#{item.seq}</span> {item.request}
                </p>
                <p className="sequence-arrow to-browser">
                  <span className="visually-hidden">API to browser: </span>
                  {item.response}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  )
}
