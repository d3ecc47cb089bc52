// What a switch that runs another file instead of main.py changes (main_spec_exact.py): that file
// as a diff of main.py, the whole file to take home, and how to run it.
import { useMemo } from 'react'
import { diffLines } from './python-diff'
import { PythonDiffView } from './python-diff-view'

interface ChangedFileDiffProps {
  /** The file's name, e.g. `main_spec_exact.py`. */
  readonly file: string
  readonly mainPy: string
  readonly changed: string
}

export function ChangedFileDiff({ file, mainPy, changed }: ChangedFileDiffProps) {
  const lines = useMemo(() => diffLines(mainPy, changed), [mainPy, changed])
  return (
    <figure className="changed-file">
      <figcaption>
        <code>{file}</code> compared with <code>main.py</code>
      </figcaption>
      <PythonDiffView lines={lines} removed="Line of main.py: " added={`Line of ${file}: `} />
      <details>
        <summary>The whole {file}</summary>
        {/* Focusable: it scrolls sideways in a narrow column, and the keyboard must reach that too. */}
        <pre tabIndex={0}>
          <code>{changed}</code>
        </pre>
      </details>
      <p>
        Save it beside <code>main.py</code> and run it the same way, <code>fastapi dev {file}</code>. A TestClient test
        copied from an exchange it answered imports its app.
      </p>
    </figure>
  )
}
