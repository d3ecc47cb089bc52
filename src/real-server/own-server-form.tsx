// "Your own server": where the learner names a running FastAPI app to answer instead of the
// stand-in, and goes back to the stand-in. The box starts with what the learner typed earlier in
// this tab, or a suggestion; never with an address from the link, which a click would then accept.
// The shell shows it as a panel of the docs' top bar, opened by a button of that name.
import { useId, useState, type SyntheticEvent } from 'react'
import { sessionStore } from '../ui/safe-storage'
import type { OwnServerView } from './own-server-state'
import { parseServerAddress, rememberedServer } from './server-location'
import './own-server.css'

interface OwnServerFormProps {
  readonly view: OwnServerView
  readonly onChoose: (written: string | undefined) => void
}

const SUGGESTED = 'http://127.0.0.1:8000'

export function OwnServerForm({ view, onChoose }: OwnServerFormProps) {
  const inputId = useId()
  const problemId = useId()
  const [text, setText] = useState(() => rememberedServer(sessionStore()) ?? SUGGESTED)
  // What is wrong with the address typed in the box (not with one from the link, shown apart).
  const [problem, setProblem] = useState<string>()

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const parsed = parseServerAddress(text, new URL(window.location.href))
    if (!parsed.ok) {
      setProblem(parsed.problem)
      return
    }
    setProblem(undefined)
    onChoose(parsed.written)
  }

  return (
    <div className="own-server-form">
      <p>
        Run the lesson’s <code>main.py</code> with FastAPI (<code>uvicorn main:app</code>) and name it here: the docs,
        Authorize and Try it out then go to it instead of the stand-in, and the HTTP traffic panel compares each answer
        with the stand-in’s. Whatever you type in Authorize goes to that server only; the playground keeps none of it.
      </p>
      <form onSubmit={submit}>
        <label htmlFor={inputId}>FastAPI server address</label>{' '}
        <input
          id={inputId}
          type="text"
          inputMode="url"
          spellCheck={false}
          value={text}
          aria-invalid={problem !== undefined}
          aria-describedby={problem === undefined ? undefined : problemId}
          onChange={(event) => {
            setText(event.target.value)
          }}
        />{' '}
        <button type="submit">Use this server</button>
        {view.state === 'connected' && (
          <>
            {' '}
            <button
              type="button"
              onClick={() => {
                onChoose(undefined)
              }}
            >
              Back to the stand-in
            </button>
          </>
        )}
      </form>
      {problem !== undefined && (
        <p id={problemId} role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      {problem === undefined && view.state === 'invalid' && (
        <p role="alert" className="notice notice-error">
          The link named the server “{view.written}”, which the playground cannot use, so the stand-in answers.{' '}
          {view.problem}
        </p>
      )}
    </div>
  )
}
