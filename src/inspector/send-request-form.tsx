// A hand-written request through the stand-in: it appears in the list like any other, and the
// new exchange is selected once its answer is in.
import { useId, useState, type SyntheticEvent } from 'react'
import { buildSendRequest, SEND_METHODS, type SendDraft } from './send-request'
import type { Exchange } from './exchange'

interface SendRequestFormProps {
  /** The lesson API's root, with a trailing slash. */
  readonly apiRoot: string
  readonly onSent: (test: (exchange: Exchange) => boolean) => void
}

const EMPTY: SendDraft = { method: 'GET', path: '/', headers: '', form: '' }

export function SendRequestForm({ apiRoot, onSent }: SendRequestFormProps) {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState<SendDraft>(EMPTY)
  const [message, setMessage] = useState('')
  const formId = useId()
  const edit = (change: Partial<SendDraft>) => {
    setDraft({ ...draft, ...change })
  }

  const send = async (event: SyntheticEvent) => {
    event.preventDefault()
    const built = buildSendRequest(draft, apiRoot)
    if (!built.ok) {
      setMessage(built.problem)
      return
    }
    setMessage('Sending…')
    const sentAt = performance.now()
    try {
      const response = await fetch(built.url, built.init)
      await response.text()
      const redirected = response.redirected ? ' after following a redirect' : ''
      setMessage(`Sent: the answer was ${response.status}${redirected}. The exchange is selected in the list.`)
      onSent((candidate) => candidate.request.url === built.url && candidate.request.startedAt >= sentAt)
    } catch (error) {
      setMessage(
        `Could not send: ${error instanceof Error ? error.message : String(error)}. The exchange is selected in the list.`,
      )
      onSent((candidate) => candidate.request.url === built.url && candidate.request.startedAt >= sentAt)
    }
  }

  return (
    <div className="send-request">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setOpen(!open)
        }}
      >
        Send a request
      </button>
      {open && (
        <form id={formId} className="send-request-form" onSubmit={(event) => void send(event)}>
          <label className="traffic-field send-method">
            Method
            <select
              value={draft.method}
              onChange={(event) => {
                edit({ method: event.target.value })
              }}
            >
              {SEND_METHODS.map((method) => (
                <option key={method}>{method}</option>
              ))}
            </select>
          </label>
          <label className="traffic-field send-path">
            Path
            <input
              type="text"
              value={draft.path}
              spellCheck={false}
              onChange={(event) => {
                edit({ path: event.target.value })
              }}
            />
          </label>
          <label className="traffic-field send-headers">
            Headers, one “Name: value” per line
            <textarea
              rows={1}
              value={draft.headers}
              spellCheck={false}
              onChange={(event) => {
                edit({ headers: event.target.value })
              }}
            />
          </label>
          <label className="traffic-field send-form">
            Form body (urlencoded)
            <textarea
              rows={1}
              value={draft.form}
              spellCheck={false}
              onChange={(event) => {
                edit({ form: event.target.value })
              }}
            />
          </label>
          <button type="submit">Send</button>
          <p role="status" className="send-request-status">
            {message}
          </p>
        </form>
      )}
    </div>
  )
}
