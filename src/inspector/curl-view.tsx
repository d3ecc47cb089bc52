// The exchange as a curl command for the same app on the learner's machine. The command on
// screen hides the password; the copied one is the real request.
import { useState } from 'react'
import { buildCurl } from './curl'
import type { Exchange } from './exchange'

interface CurlViewProps {
  readonly exchange: Exchange
  readonly origin: string
}

export function CurlView({ exchange, origin }: CurlViewProps) {
  const [message, setMessage] = useState('')
  const shown = buildCurl(exchange, origin, { maskSecrets: true })
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(buildCurl(exchange, origin))
      setMessage('Copied.')
    } catch {
      setMessage('Could not copy here: select the command and copy it by hand (the password is masked on screen).')
    }
  }
  return (
    <div className="curl-view">
      <h4>Copy as curl</h4>
      <p>
        The same request against FastAPI running at <code>{origin}</code> (change it in the controls above):
      </p>
      <pre tabIndex={0} className="curl-command">
        {shown}
      </pre>
      <button type="button" onClick={() => void copy()}>
        Copy as curl
      </button>{' '}
      <span role="status">{message}</span>
    </div>
  )
}
