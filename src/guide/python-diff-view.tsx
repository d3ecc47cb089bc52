// A unified diff of two Python files, for a mistake's faulty code and a switch's changed main.py.
// Each changed line says in words, for screen readers, which file it comes from.
import { hunks, type DiffLine } from './python-diff'

interface PythonDiffViewProps {
  readonly lines: readonly DiffLine[]
  /** Read before a removed line, e.g. "Tutorial’s line: ". */
  readonly removed: string
  /** Read before an added line, e.g. "Line with the mistake: ". */
  readonly added: string
  readonly label?: string
}

export function PythonDiffView({ lines, removed, added, label }: PythonDiffViewProps) {
  return (
    <pre className="python-diff" aria-label={label}>
      {hunks(lines).map((line, index) =>
        line === null ? (
          <span key={index} className="diff-gap">
            {'…\n'}
          </span>
        ) : (
          <span key={index} className={`diff-${line.kind}`}>
            {line.kind === 'removed' && <span className="visually-hidden">{removed}</span>}
            {line.kind === 'added' && <span className="visually-hidden">{added}</span>}
            <span aria-hidden="true">{line.kind === 'removed' ? '- ' : line.kind === 'added' ? '+ ' : '  '}</span>
            {`${line.text}\n`}
          </span>
        ),
      )}
    </pre>
  )
}
