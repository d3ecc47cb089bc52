// "Send again": the exchange's request once more, exactly as it went (method, URL, body and the
// headers an app reads), through the mock like any other: a replayed login code, a repeated call.
import { useState } from 'react'
import { sendAgain } from './resend'
import type { Exchange } from './exchange'

interface SendAgainProps {
  readonly exchange: Exchange
  readonly onResent: (test: (exchange: Exchange) => boolean) => void
}

export function SendAgain({ exchange, onResent }: SendAgainProps) {
  const [message, setMessage] = useState('')
  const { method, url } = exchange.request
  const send = async () => {
    setMessage('Sending…')
    try {
      const status = await sendAgain(exchange)
      setMessage(`Sent again: the answer was ${status}. The new exchange is selected in the list.`)
      onResent(
        (candidate) =>
          candidate.seq > exchange.seq && candidate.request.method === method && candidate.request.url === url,
      )
    } catch (error) {
      setMessage(`Could not send: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return (
    <p className="send-again">
      <button type="button" onClick={() => void send()}>
        Send again
      </button>{' '}
      <span role="status">{message}</span>
    </p>
  )
}
