// Under a token answer that holds a refresh token: send it back with grant_type=refresh_token, as
// a client does once its access token has run out. Sending it twice shows what rotation refuses.
import { useState, type SyntheticEvent } from 'react'
import { factsOf } from './exchange-facts'
import { sendRefresh } from './refresh-request'
import type { Exchange } from './exchange'

interface RefreshFormProps {
  readonly exchange: Exchange
  readonly refreshToken: string
  readonly onResent: (test: (exchange: Exchange) => boolean) => void
}

export function RefreshForm({ exchange, refreshToken, onResent }: RefreshFormProps) {
  const [message, setMessage] = useState('')
  const { path } = factsOf(exchange)

  const send = async (event: SyntheticEvent) => {
    event.preventDefault()
    setMessage('Sending…')
    try {
      const status = await sendRefresh(exchange, refreshToken)
      setMessage(`Sent: the answer was ${status}. The new exchange is selected in the list.`)
      onResent(
        (candidate) =>
          candidate.seq > exchange.seq && factsOf(candidate).form?.some(([, value]) => value === refreshToken) === true,
      )
    } catch (error) {
      setMessage(`Could not send: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <form className="refresh-form" onSubmit={(event) => void send(event)}>
      <fieldset>
        <legend>Refresh</legend>
        <p>
          This answer holds a refresh token. A client sends it back to <code>{path}</code> with{' '}
          <code>grant_type=refresh_token</code> once its access token has run out, and gets a new pair.
        </p>
        <button type="submit">Refresh with this token</button> <span role="status">{message}</span>
      </fieldset>
    </form>
  )
}
