// Tamper with a JWT and send it again: expire it, edit a claim, drop the signature. The request
// goes through the mock like any other, so its 401 (or not) shows up in the list.
import { useState, type SyntheticEvent } from 'react'
import { factsOf } from './exchange-facts'
import { buildTamperedToken, expirePayloadText, tamperingOf, type DecodedJwt, type Tampering } from './jwt'
import { signWithOwnKey } from './own-signing-key'
import { resendWithToken } from './resend'
import type { Exchange } from './exchange'

interface TamperFormProps {
  readonly exchange: Exchange
  readonly jwt: DecodedJwt
  readonly now: number
  readonly onResent: (test: (exchange: Exchange) => boolean) => void
}

export function TamperForm({ exchange, jwt, now, onResent }: TamperFormProps) {
  const [tampering, setTampering] = useState<Tampering>(() => tamperingOf(jwt))
  const [ownKey, setOwnKey] = useState(false)
  const [message, setMessage] = useState('')
  const built = buildTamperedToken(jwt, tampering)
  const [headerSegment = '', payloadSegment = ''] = built.split('.')
  const token = ownKey ? `${headerSegment}.${payloadSegment}.(signed with your key when sent)` : built
  // Only an RSA-signed token has a public key to check it against: one signed with another key is the test.
  const asymmetric = typeof jwt.header.alg === 'string' && jwt.header.alg.startsWith('RS')
  const { path } = factsOf(exchange)

  const send = async (event: SyntheticEvent) => {
    event.preventDefault()
    setMessage('Sending…')
    try {
      const sent = ownKey ? await signWithOwnKey(headerSegment, payloadSegment) : built
      const status = await resendWithToken(exchange, sent)
      setMessage(`Sent: the answer was ${status}. The new exchange is selected in the list.`)
      onResent((candidate) => candidate.seq > exchange.seq && factsOf(candidate).carriedToken === sent)
    } catch (error) {
      setMessage(`Could not send: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <form className="tamper-form" onSubmit={(event) => void send(event)}>
      <fieldset>
        <legend>Tamper and resend</legend>
        <label>
          Header (JSON)
          <textarea
            rows={4}
            value={tampering.headerText}
            spellCheck={false}
            onChange={(event) => {
              setTampering({ ...tampering, headerText: event.target.value })
            }}
          />
        </label>
        <label>
          Payload (JSON): change any claim
          <textarea
            rows={6}
            value={tampering.payloadText}
            spellCheck={false}
            onChange={(event) => {
              setTampering({ ...tampering, payloadText: event.target.value })
            }}
          />
        </label>
        <div className="tamper-actions">
          <button
            type="button"
            onClick={() => {
              setTampering({ ...tampering, payloadText: expirePayloadText(tampering.payloadText, now) })
            }}
          >
            Expire it
          </button>
          <label className="traffic-check">
            <input
              type="checkbox"
              checked={tampering.dropSignature}
              onChange={(event) => {
                setTampering({ ...tampering, dropSignature: event.target.checked })
              }}
            />
            Drop the signature
          </label>
          {asymmetric && (
            <label className="traffic-check">
              <input
                type="checkbox"
                checked={ownKey}
                onChange={(event) => {
                  setOwnKey(event.target.checked)
                }}
              />
              Sign with a key of your own
            </label>
          )}
          <button
            type="button"
            onClick={() => {
              setTampering(tamperingOf(jwt))
              setOwnKey(false)
            }}
          >
            Undo changes
          </button>
        </div>
        <p className="tampered-token">
          Token to send: <code>{token}</code>
        </p>
        <button type="submit">Resend to {path}</button>
        <p role="status" className="tamper-status">
          {message}
        </p>
      </fieldset>
    </form>
  )
}
