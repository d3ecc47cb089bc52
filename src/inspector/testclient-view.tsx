// The exchange as a pytest test for the lesson's main.py, beside "Copy as curl": the test on
// screen masks the password; the copied one is the real request. Where a dependency returned the
// user that the credentials named, a second test logs in through app.dependency_overrides instead.
import { useId, useState } from 'react'
import { findLesson } from '../lessons/lesson-registry'
import { buildOverrideTest } from './testclient-override-test'
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
    setMessage(await copied(real?.kind === 'test' ? real.source : shown.source))
  }
  return (
    <>
      {/* curl-view: the same layout as the curl command above it. */}
      <section className="curl-view testclient-view" aria-labelledby={headingId}>
        {heading}
        <p>
          The same request sent to the lesson’s <code>{shown.file}</code> through FastAPI’s <code>TestClient</code>,
          checking the answer the playground got (run it with pytest; TestClient needs httpx):
        </p>
        <pre tabIndex={0} className="testclient-test">
          {shown.source}
        </pre>
        <button type="button" onClick={() => void copy()}>
          Copy as a TestClient test
        </button>{' '}
        <span role="status">{message}</span>
      </section>
      <OverrideTestView exchange={exchange} />
    </>
  )
}

/** Named apart from the first form's region and button, so that each is found by its own name. */
function OverrideTestView({ exchange }: TestClientViewProps) {
  const [message, setMessage] = useState('')
  const headingId = useId()
  const shown = buildOverrideTest(exchange, { maskSecrets: true })
  if (shown === undefined) return null
  const copy = async () => {
    setMessage(await copied(buildOverrideTest(exchange)?.source ?? shown.source))
  }
  return (
    <section className="curl-view testclient-view" aria-labelledby={headingId}>
      <h4 id={headingId}>Or log in through app.dependency_overrides</h4>
      <p>
        The same request without its token: <code>{shown.dependency}</code> is replaced by a function that returns{' '}
        <code>{shown.user}</code>, the user it returned here. Everything after it in <code>main.py</code> still runs.
      </p>
      <pre tabIndex={0} className="testclient-test">
        {shown.source}
      </pre>
      <button type="button" onClick={() => void copy()}>
        Copy the dependency_overrides test
      </button>{' '}
      <span role="status">{message}</span>
    </section>
  )
}

async function copied(source: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(source)
    return 'Copied.'
  } catch {
    return 'Could not copy here: select the test and copy it by hand (the password is masked on screen).'
  }
}
