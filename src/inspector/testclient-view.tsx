// The exchange as a pytest test for the lesson's main.py, beside "Copy as curl": the test on
// screen masks the password; the copied one is the real request.
import { useId, useState } from 'react'
import { findLesson } from '../lessons/lesson-registry'
import { buildTestClientTest } from './testclient-test'
import type { Exchange } from './exchange'

interface TestClientViewProps {
  readonly exchange: Exchange
}

export function TestClientView({ exchange }: TestClientViewProps) {
  const [message, setMessage] = useState('')
  const headingId = useId()
  const lesson = findLesson(exchange.context.lessonId)
  const switches = lesson?.switches ?? []
  const mainPySetup = lesson?.mainPySetup
  const setup = mainPySetup ? { mainPySetup } : {}
  const shown = buildTestClientTest(exchange, { maskSecrets: true, switches, ...setup })
  if (shown === undefined) return null
  const heading = <h4 id={headingId}>Copy as a TestClient test</h4>
  if (shown.kind === 'no-test') {
    return (
      <section className="curl-view testclient-view" aria-labelledby={headingId}>
        {heading}
        <p>{shown.reason}</p>
      </section>
    )
  }
  const copy = async () => {
    const real = buildTestClientTest(exchange, { switches, ...setup })
    try {
      await navigator.clipboard.writeText(real?.kind === 'test' ? real.source : shown.source)
      setMessage('Copied.')
    } catch {
      setMessage('Could not copy here: select the test and copy it by hand (the password is masked on screen).')
    }
  }
  return (
    // curl-view: the same layout as the curl command above it.
    <section className="curl-view testclient-view" aria-labelledby={headingId}>
      {heading}
      <p>
        The same request sent to the lesson’s <code>main.py</code> through FastAPI’s <code>TestClient</code>, checking
        the answer the playground got (run it with pytest; TestClient needs httpx):
      </p>
      <pre tabIndex={0} className="testclient-test">
        {shown.source}
      </pre>
      <button type="button" onClick={() => void copy()}>
        Copy as a TestClient test
      </button>{' '}
      <span role="status">{message}</span>
    </section>
  )
}
