// One exchange in full: why FastAPI answered so, the request as sent (URL, headers, decoded
// form), the response, the token it issued or carried, and the same request as curl and as a
// TestClient test.
import { useContext, useId, useState } from 'react'
import { addedRequestHeaders, addedResponseHeaders, showsCookieJar } from './cookie-jar-notes'
import { CookieJarView } from './cookie-jar-view'
import { CurlView } from './curl-view'
import { ExchangeExtraContext } from './exchange-extra'
import { echoesSecrets } from './echoed-secrets'
import { factsOf } from './exchange-facts'
import { explainExchange, tokenUrlResolution } from './explain-exchange'
import { FormBodyView, PrettyBody } from './body-views'
import { statusLabel } from './formatters'
import { HeaderTable } from './header-table'
import { RefreshForm } from './refresh-form'
import { refreshTokenOf } from './refresh-request'
import { SendAgain } from './send-again'
import { TestClientView } from './testclient-view'
import { authorizationHeaderNote } from './token-request-notes'
import type { OperationScopes } from './scope-coverage'
import { TokenView } from './token-view'
import type { TokenLinks } from './token-links'
import type { Exchange } from './exchange'
import type { StandInRoute } from '../server/traffic'
import './exchange-detail.css'

// How the answer reached the page, in the words of the README's architecture sketch.
const ROUTE_TEXT: Readonly<Record<StandInRoute, string>> = {
  'worker-reply': 'by the stand-in in this page, replying to the service worker directly',
  'request-handlers': 'by the stand-in in this page, through the mock library’s request handlers',
  'page-before-mock': 'by the stand-in in this page, before the mock library had started',
}

interface ExchangeDetailProps {
  readonly exchange: Exchange
  readonly links: TokenLinks
  readonly tokenUrl: string | undefined
  readonly operationScopes?: readonly OperationScopes[]
  readonly origin: string
  readonly onSelectSeq: (seq: number) => void
  readonly onResent: (test: (exchange: Exchange) => boolean) => void
}

export function ExchangeDetail(props: ExchangeDetailProps) {
  const { exchange, links, tokenUrl, operationScopes = [], origin, onSelectSeq, onResent } = props
  const [reveal, setReveal] = useState(false)
  const whyHeading = useId()
  const extra = useContext(ExchangeExtraContext)
  const facts = factsOf(exchange)
  const explanation = explainExchange(exchange)
  const resolution = tokenUrlResolution(exchange, tokenUrl, exchange.context.docsPage)
  const { request, response } = exchange
  const issued = links.issued.get(exchange.seq)
  const carried = links.carried.get(exchange.seq)
  const hasSecrets =
    (facts.form?.some(([name]) => name === 'password' || name === 'client_secret') ?? false) ||
    (response !== undefined && echoesSecrets(response.body))
  const basic = facts.authorization?.basic
  const refreshToken = refreshTokenOf(exchange)

  return (
    <div className="exchange-detail">
      <h3>
        #{exchange.seq} {request.method} {facts.path}
        {response && ` → ${statusLabel(response.status, response.statusText)}`}
      </h3>

      <div className={`why tone-${explanation.tone}`} role="group" aria-labelledby={whyHeading}>
        <h4 id={whyHeading}>Why</h4>
        <p className="why-summary">{explanation.summary}</p>
        {explanation.releaseMarks.length > 0 && (
          <div className="release-marks">
            <p>
              Answered as FastAPI {exchange.response?.record?.release ?? 'as asked'}; today’s FastAPI answers
              differently:
            </p>
            <ul>
              {explanation.releaseMarks.map((mark) => (
                <li key={mark}>{mark}</li>
              ))}
            </ul>
          </div>
        )}
        {explanation.steps.length > 1 && (
          <details className="why-details">
            <summary>Step by step</summary>
            <ol className="why-steps">
              {explanation.steps.map((step, index) => (
                <li key={index} className={`tone-${step.tone}`}>
                  {step.text}
                </li>
              ))}
            </ol>
          </details>
        )}
        {explanation.notes.map((note) => (
          <p key={note} className="why-note">
            {note}
          </p>
        ))}
      </div>

      <h4>Request</h4>
      <p className="request-url">
        <span className="label">URL</span> <code>{request.url}</code>
      </p>
      {resolution && (
        <p className="token-url-note">
          The OpenAPI document’s tokenUrl is <code>{resolution.tokenUrl}</code>
          {resolution.fromDocument ? '' : ' (the document was not seen, so this is the tutorials’ value)'}. Swagger UI
          resolves it against the page FastAPI serves the docs from, <code>{resolution.docsPage}</code>, which gives{' '}
          <code>{resolution.resolved}</code>
          {resolution.matches ? ', where this request went.' : `; this request went to ${request.url} instead.`}
        </p>
      )}
      <HeaderTable
        headers={request.headers}
        side="request"
        caption="Request headers"
        authorization={facts.authorization}
        reveal={reveal}
        carried={carried}
        onSelectSeq={onSelectSeq}
        authorizationNote={authorizationHeaderNote(exchange)}
        added={addedRequestHeaders(exchange)}
      />
      {facts.form ? (
        <FormBodyView form={facts.form} body={request.body} reveal={reveal} />
      ) : (
        request.body !== '' && <PrettyBody title="Request body" body={request.body} />
      )}

      {response && <SendAgain exchange={exchange} onResent={onResent} />}

      {(hasSecrets || (basic && basic.password !== '')) && (
        <button
          type="button"
          className="reveal-toggle"
          aria-pressed={reveal}
          onClick={() => {
            setReveal(!reveal)
          }}
        >
          Reveal passwords
        </button>
      )}

      <h4>Response</h4>
      {response ? (
        <>
          <p>
            <span className="label">Status</span> <strong>{statusLabel(response.status, response.statusText)}</strong>
          </p>
          {response.route && (
            <p>
              <span className="label">Answered</span> {ROUTE_TEXT[response.route]}
            </p>
          )}
          <HeaderTable
            headers={
              // Set-Cookie comes from the record, with what the jar did: never twice where a copy kept it.
              response.record?.setCookie
                ? response.headers.filter(([name]) => name.toLowerCase() !== 'set-cookie')
                : response.headers
            }
            side="response"
            caption="Response headers"
            reveal={reveal}
            added={addedResponseHeaders(exchange)}
          />
          {response.body === '' ? (
            <p className="empty-body">Empty body.</p>
          ) : (
            <PrettyBody title="Response body" body={response.body} reveal={reveal} />
          )}
        </>
      ) : (
        <p>{exchange.failure ?? 'Waiting for the answer…'}</p>
      )}
      {extra?.(exchange)}
      {refreshToken !== undefined && (
        <RefreshForm exchange={exchange} refreshToken={refreshToken} onResent={onResent} />
      )}
      {showsCookieJar(exchange) && <CookieJarView exchange={exchange} />}

      {issued && (
        <TokenView
          kind="issued"
          exchange={exchange}
          token={issued.token}
          label={issued.label}
          usedBy={issued.usedBy}
          operationScopes={operationScopes}
          onSelectSeq={onSelectSeq}
          onResent={onResent}
        />
      )}
      {!issued && facts.carriedToken !== undefined && (
        <TokenView
          kind="carried"
          exchange={exchange}
          token={facts.carriedToken}
          label={carried?.label}
          issuedBy={carried?.issuedBy}
          tampered={carried?.tampered ?? false}
          operationScopes={operationScopes}
          onSelectSeq={onSelectSeq}
          onResent={onResent}
        />
      )}

      <CurlView exchange={exchange} origin={origin} />
      <TestClientView exchange={exchange} />
    </div>
  )
}
