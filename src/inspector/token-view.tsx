// "Follow the token": where an access_token came from and went, and what a JWT says inside,
// decoded from its text alone (nothing is verified here: the key stays with the server).
import { useContext, useEffect, useMemo, useState } from 'react'
import { describeFromNow } from '../server/relative-time'
import { InspectorClock } from './inspector-clock'
import { CLAIM_NOTES, decodeJwt, secondsUntilExpiry, type DecodedJwt } from './jwt'
import { grantedScopes, scopeCoverage, type OperationScopes } from './scope-coverage'
import { TamperForm } from './tamper-form'
import type { Exchange } from './exchange'

interface TokenViewProps {
  readonly kind: 'issued' | 'carried'
  readonly exchange: Exchange
  readonly token: string
  readonly label: string | undefined
  readonly usedBy?: readonly number[]
  readonly issuedBy?: number | undefined
  readonly tampered?: boolean
  /** What each secured operation needs, to compare with the scopes a JWT grants. */
  readonly operationScopes?: readonly OperationScopes[]
  readonly onSelectSeq: (seq: number) => void
  readonly onResent: (test: (exchange: Exchange) => boolean) => void
}

export function TokenView(props: TokenViewProps) {
  const { kind, token, label, usedBy = [], issuedBy, tampered = false, onSelectSeq } = props
  const reading = useMemo(() => decodeJwt(token), [token])
  const now = useNow(1000)
  const seqButton = (seq: number) => (
    <button
      key={seq}
      type="button"
      className="link-button"
      onClick={() => {
        onSelectSeq(seq)
      }}
    >
      #{seq}
    </button>
  )
  return (
    <div className="token-view">
      <h4>{label ? `Token ${label}${tampered ? ', tampered' : ''}` : 'Token'}</h4>
      <p className="token-text">
        <code className="token-highlight">{token === '' ? '(empty)' : token}</code>
      </p>
      {kind === 'issued' &&
        (usedBy.length > 0 ? (
          <p className="token-link">Sent later by {usedBy.map(seqButton)}.</p>
        ) : (
          <p className="token-link">No later request has carried it yet.</p>
        ))}
      {kind === 'carried' &&
        (issuedBy === undefined ? (
          <p className="token-link">
            No token response in this log issued it: it was typed by hand, sent by a script, or its login was cleared.
          </p>
        ) : (
          <p className="token-link">
            {tampered ? 'A tampered copy of the token issued by ' : 'Issued by '}
            {seqButton(issuedBy)}.
          </p>
        ))}
      {reading.ok ? (
        <>
          <JwtClaims jwt={reading.jwt} now={now} />
          <ScopeTable payload={reading.jwt.payload} operations={props.operationScopes ?? []} />
        </>
      ) : (
        <p>
          Not a JWT ({reading.problem}). This lesson’s app uses the token as plain text; from “OAuth2 with JWT” on,
          tokens are signed JWTs.
        </p>
      )}
      {kind === 'carried' && reading.ok && (
        <TamperForm exchange={props.exchange} jwt={reading.jwt} now={now} onResent={props.onResent} />
      )}
    </div>
  )
}

/** The token's scopes against each operation's needs, where the lesson uses scopes at all. */
function ScopeTable(props: {
  readonly payload: Readonly<Record<string, unknown>>
  readonly operations: readonly OperationScopes[]
}) {
  const granted = grantedScopes(props.payload)
  const rows = scopeCoverage(granted ?? [], props.operations)
  if (granted === undefined || !rows.some((row) => row.needs.length > 0)) return null
  return (
    <table className="claims-table scope-table">
      <caption>
        What this token’s scopes cover ({granted.length > 0 ? granted.join(', ') : 'none'}); Swagger UI’s padlocks close
        for any token
      </caption>
      <thead>
        <tr>
          <th scope="col">Operation</th>
          <th scope="col">Needs</th>
          <th scope="col">With this token</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.method} ${row.path}`}>
            <th scope="row">
              {row.method} {row.path}
            </th>
            <td>{row.needs.length > 0 ? row.needs.join(', ') : 'a valid token only'}</td>
            <td className={row.missing.length > 0 ? 'tone-stop' : undefined}>
              {/* Scopes only: what the app answers (401 or 403) and any role check are the app's own. */}
              {row.missing.length > 0 ? `lacks ${row.missing.join(', ')}` : 'covered'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function JwtClaims({ jwt, now }: { readonly jwt: DecodedJwt; readonly now: number }) {
  const left = secondsUntilExpiry(jwt.payload, now)
  return (
    <>
      <table className="claims-table">
        <caption>JWT header</caption>
        <tbody>
          {Object.entries(jwt.header).map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <code>{JSON.stringify(value)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="claims-table">
        <caption>JWT claims (payload)</caption>
        <tbody>
          {Object.entries(jwt.payload).map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <code>{JSON.stringify(value)}</code>
                {typeof value === 'number' && ['exp', 'iat', 'nbf'].includes(name) && (
                  <span className="claim-time"> {timeOf(value, now)}</span>
                )}
                {CLAIM_NOTES[name] && <span className="header-note">{CLAIM_NOTES[name]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`expiry ${left !== undefined && left <= 0 ? 'tone-stop' : ''}`}>
        {left === undefined
          ? 'No exp claim: PyJWT accepts this token for ever, as far as time goes.'
          : left > 0
            ? `Expires ${describeFromNow(now / 1000 + left, now, 'compact')}.`
            : `Expired ${describeFromNow(now / 1000 + left, now, 'compact')}: PyJWT’s jwt.decode rejects it, and the tutorials answer 401.`}
      </p>
      <p className="signature-note">
        Signature <code>{jwt.signature === '' ? '(none)' : jwt.signature}</code>: an HMAC of the first two parts, keyed
        with the server’s secret. The inspector cannot check it; change one byte of the header or payload and the server
        will refuse it.
      </p>
    </>
  )
}

function timeOf(unixSeconds: number, now: number): string {
  const date = new Date(unixSeconds * 1000)
  const when = Number.isNaN(date.getTime()) ? '' : `${date.toISOString().replace('.000Z', 'Z')}, `
  return `(${when}${describeFromNow(unixSeconds, now, 'compact')})`
}

function useNow(intervalMs: number): number {
  const clock = useContext(InspectorClock)
  const [now, setNow] = useState(clock)
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(clock())
    }, intervalMs)
    return () => {
      clearInterval(timer)
    }
  }, [clock, intervalMs])
  return now
}
