// Headers as sent, with the ones that decide the lesson highlighted and said why; the
// Authorization header is split as FastAPI splits it, and tied to the token it carries. Rows the
// page never saw (the cookie jar's Cookie, FastAPI's Set-Cookie) follow, marked as such.
import type { AddedHeader } from './cookie-jar-notes'
import type { AuthorizationFacts, HeaderList } from './exchange-facts'
import { MASK, headerNote, quoted } from './formatters'
import type { CarriedToken } from './token-links'

interface HeaderTableProps {
  readonly headers: HeaderList
  readonly side: 'request' | 'response'
  readonly caption: string
  readonly reveal: boolean
  readonly authorization?: AuthorizationFacts | undefined
  readonly carried?: CarriedToken | undefined
  readonly onSelectSeq?: (seq: number) => void
  /** Replaces the usual note on Authorization, e.g. on a token request where nobody reads it. */
  readonly authorizationNote?: string | undefined
  /** Headers the exchange had although the page's own view of it lacks them, each with why. */
  readonly added?: readonly AddedHeader[]
}

export function HeaderTable(props: HeaderTableProps) {
  const { headers, side, caption, reveal, authorization, carried, onSelectSeq, authorizationNote, added = [] } = props
  if (headers.length === 0 && added.length === 0) return <p className="empty-body">No {side} headers.</p>
  return (
    <table className="header-table">
      <caption>{caption}</caption>
      <tbody>
        {headers.map(([name, value], index) => {
          const isAuthorization = side === 'request' && name.toLowerCase() === 'authorization' && authorization
          const note = (isAuthorization && authorizationNote) || headerNote(name, side)
          return (
            <tr key={`${name} ${index}`} className={note ? 'is-highlighted' : undefined}>
              <th scope="row">{name}</th>
              <td>
                {isAuthorization ? (
                  <AuthorizationValue
                    authorization={authorization}
                    reveal={reveal}
                    carried={carried}
                    onSelectSeq={onSelectSeq}
                  />
                ) : (
                  <code>{value}</code>
                )}
                {note && <span className="header-note">{note}</span>}
              </td>
            </tr>
          )
        })}
        {added.map(({ name, value, note }, index) => (
          <tr key={`added ${name} ${index}`} className="is-added">
            <th scope="row">{name}</th>
            <td>
              <code>{value}</code>
              <span className="header-note">{note}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

interface AuthorizationValueProps {
  readonly authorization: AuthorizationFacts
  readonly reveal: boolean
  readonly carried: CarriedToken | undefined
  readonly onSelectSeq: ((seq: number) => void) | undefined
}

function AuthorizationValue({ authorization, reveal, carried, onSelectSeq }: AuthorizationValueProps) {
  const { scheme, credentials, basic } = authorization
  return (
    <>
      <code className={carried ? 'token-highlight' : undefined}>{authorization.value}</code>
      <dl className="authorization-split">
        <dt>scheme</dt>
        <dd>
          <mark>{scheme === '' ? '(empty)' : scheme}</mark>
        </dd>
        <dt>credentials</dt>
        <dd>
          <mark className="credentials">{credentials === '' ? '(empty)' : credentials}</mark>
        </dd>
        {basic && (
          <>
            <dt>decoded</dt>
            <dd>
              user {quoted(basic.user)}, password{' '}
              {basic.password === '' ? '(empty)' : reveal ? quoted(basic.password) : MASK}
            </dd>
          </>
        )}
      </dl>
      {carried && (
        <p className="token-link">
          {carried.tampered ? 'A tampered copy of token ' : 'This is token '}
          <strong>{carried.label}</strong>, issued by{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onSelectSeq?.(carried.issuedBy)
            }}
          >
            exchange #{carried.issuedBy}
          </button>
          {carried.tampered ? ': the signature no longer matches the header and payload the server signed.' : '.'}
        </p>
      )}
    </>
  )
}
