// In an exchange a real server answered: what the lesson's stand-in answers to the same request,
// and where the two differ.
import { useContext, useId } from 'react'
import type { Exchange } from '../inspector/exchange'
import { COMPARED_HEADERS, type AnswerDifference } from './compare-answers'
import { StandInReplayContext, useStandInComparison } from './stand-in-replay-context'
import './stand-in-comparison.css'

const EXCERPT_BEFORE = 20
const EXCERPT_AFTER = 40

export function StandInComparison({ exchange }: { readonly exchange: Exchange }) {
  const headingId = useId()
  const replay = useContext(StandInReplayContext)
  const state = useStandInComparison(exchange)
  if (state.state === 'none' || !replay) return null
  const headers = COMPARED_HEADERS.join(', ')
  return (
    <section className="stand-in-comparison" aria-labelledby={headingId}>
      <h4 id={headingId}>Compared with the stand-in</h4>
      {state.state === 'pending' && <p>Replaying the request on the stand-in, inside this page…</p>}
      {state.state === 'failed' && <p>The stand-in could not replay this request: {state.message}</p>}
      {state.state === 'done' && (
        <>
          <p className={state.comparison.agree ? 'comparison-agree' : 'comparison-differ'}>
            {state.comparison.agree
              ? `They agree: the stand-in of “${replay.lessonTitle}” answers with the same status, the same body byte for byte, and the same ${headers}${state.comparison.unreadable.length > 0 ? ' where the page could read them' : ''}.`
              : `They differ: the stand-in of “${replay.lessonTitle}” answers this request otherwise, in ${state.comparison.differences.length === 1 ? 'one place' : `${state.comparison.differences.length} places`}.`}
          </p>
          {state.redirects.length > 0 && (
            <p>
              The stand-in first redirected to {state.redirects.join(', then ')} (307), which the browser follows before
              the page sees anything; compared is the final answer.
            </p>
          )}
          {state.comparison.unreadable.length > 0 && (
            <p className="comparison-unreadable">
              The stand-in sends {state.comparison.unreadable.map((name) => `“${name}”`).join(' and ')}, which this page
              could not read in your server’s answer: across origins, CORS shows a page only a few headers unless the
              server exposes more (<code>expose_headers=["*"]</code> in CORSMiddleware). Swagger UI cannot show it
              either.
            </p>
          )}
          {!state.comparison.agree && (
            <ul className="comparison-differences">
              {state.comparison.differences.map((difference) => (
                <DifferenceItem key={difference.name} difference={difference} />
              ))}
            </ul>
          )}
          <p className="comparison-note">
            Replayed by calling the stand-in directly in this page: the request was not sent a second time.
          </p>
        </>
      )}
    </section>
  )
}

function DifferenceItem({ difference }: { readonly difference: AnswerDifference }) {
  const { aspect, name, server, standIn, where, release } = difference
  return (
    <li>
      {aspect === 'status' && (
        <p>
          Status: your server <strong>{server}</strong>, the stand-in <strong>{standIn}</strong>.
        </p>
      )}
      {aspect === 'header' && (
        <p>
          <code>{name}</code>: your server {shown(server)}, the stand-in {shown(standIn)}.
        </p>
      )}
      {aspect === 'body' && where && (
        <>
          <p>
            Body: they part
            {where.path === undefined ? (
              ''
            ) : (
              <>
                {' '}
                at <code>{where.path}</code>
              </>
            )}
            , character {where.offset + 1}.
          </p>
          <dl className="comparison-excerpts">
            <dt>Your server</dt>
            <dd>
              <code>{excerpt(server ?? '', where.offset)}</code>
            </dd>
            <dt>The stand-in</dt>
            <dd>
              <code>{excerpt(standIn ?? '', where.offset)}</code>
            </dd>
          </dl>
        </>
      )}
      {release && (
        <p className="comparison-release">
          FastAPI {release.release}: {release.change}
        </p>
      )}
    </li>
  )
}

function shown(value: string | undefined) {
  return value === undefined ? <em>sends none</em> : <code>{value}</code>
}

/** The text around where two bodies part, marked with ellipses where it is cut. */
export function excerpt(text: string, offset: number): string {
  const start = Math.max(0, offset - EXCERPT_BEFORE)
  const end = Math.min(text.length, offset + EXCERPT_AFTER)
  if (text === '') return '(empty)'
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}
