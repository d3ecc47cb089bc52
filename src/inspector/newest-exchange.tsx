// The phone's folded traffic sheet shows one exchange, the newest: "#3 GET /items/ 401
// Unauthorized" and its deciding sentence, in view right after Execute. Tapping it opens the
// sheet on that exchange.
import { BreakablePath } from '../ui/breakable-path'
import { summaryPath, summaryStatus, summaryTone, summaryWhy } from './exchange-summary'
import type { Exchange } from './exchange'

interface NewestExchangeProps {
  readonly exchange: Exchange | undefined
  readonly onShow: (id: string) => void
}

export function NewestExchange({ exchange, onShow }: NewestExchangeProps) {
  if (!exchange) {
    return <p className="traffic-newest is-empty">No exchanges yet: Authorize, or Try it out and Execute.</p>
  }
  return (
    <button
      type="button"
      className="traffic-newest"
      onClick={() => {
        onShow(exchange.id)
      }}
    >
      {/* Named as its row in the list is, "#seq METHOD path status", then why. */}
      <span className="traffic-newest-head">
        <span className="exchange-seq">#{exchange.seq}</span>{' '}
        <span className="exchange-method">{exchange.request.method}</span>{' '}
        <span className="exchange-path">
          <BreakablePath text={summaryPath(exchange)} />
        </span>{' '}
        <span className={`exchange-status tone-${summaryTone(exchange)}`}>{summaryStatus(exchange)}</span>
        <span aria-hidden="true" className="traffic-newest-open">
          ▴
        </span>
      </span>{' '}
      <span className="traffic-newest-why">{summaryWhy(exchange)}</span>
      <span className="visually-hidden"> (the newest exchange: opens its detail)</span>
    </button>
  )
}
