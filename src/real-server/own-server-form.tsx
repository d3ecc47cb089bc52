// "Your own server": where the learner names a running FastAPI app to answer instead of the
// stand-in, and goes back to the stand-in.
import { useId, useState, type SyntheticEvent } from 'react'
import { sessionStore } from '../ui/safe-storage'
import { parseServerAddress, rememberedServer, type ServerAddress } from './server-location'
import './own-server.css'

interface OwnServerFormProps {
  readonly address: ServerAddress | undefined
  readonly onChoose: (written: string | undefined) => void
}

const SUGGESTED = 'http://127.0.0.1:8000'

export function OwnServerForm({ address, onChoose }: OwnServerFormProps) {
  const inputId = useId()
  const problemId = useId()
  const [text, setText] = useState(() => address?.written ?? rememberedServer(sessionStore()) ?? SUGGESTED)
  const [problem, setProblem] = useState<string | undefined>(address && !address.ok ? address.problem : undefined)

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
    <details className="own-server-form" open={address !== undefined}>
      <summary>Your own server</summary>
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
        {address?.ok && (
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
    </details>
  )
}
