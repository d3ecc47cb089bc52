// The mock's status line above the docs: starting, ready (through the service worker or inside the
// page, and why), not reached (the page's requests go past the stand-in), or failed, each with what
// the learner can do about it.
import { IN_PAGE_VALUE, inPageReasonText, MOCK_MODE_PARAMETER } from '../server/msw/mock-mode'
import type { Reach } from '../server/traffic'
import type { MockStatus } from './boot-mock'
import { useStandInReach } from './use-stand-in-reach'
import { ReloadButton } from '../ui/reload-button'

interface MockStatusViewProps {
  readonly status: MockStatus
  readonly apiRoot: URL
  /** The lesson opens a page of its own in a popup (an identity provider's login), which only the worker serves. */
  readonly opensPopup?: boolean
  /** In an embedded frame: the lesson as a whole page, where the mock can start on its own. */
  readonly wholePage?: string | undefined
  /** This page with the mock inside it (inPageMockHref). */
  readonly inPageHref: string
}

/** This page again, with the mock inside it: the way back when the worker stops answering. */
export function inPageMockHref(current: URL): string {
  const next = new URL(current.href)
  next.searchParams.set(MOCK_MODE_PARAMETER, IN_PAGE_VALUE)
  next.hash = ''
  return next.href
}

/** The status line, kept up to date with whether the page's requests reach the stand-in. */
export function MockStatusView(props: MockStatusViewProps) {
  const reach = useStandInReach(props.status.state === 'ready' ? props.status.network : undefined)
  return <MockStatusLine {...props} reach={reach} />
}

interface MockStatusLineProps extends MockStatusViewProps {
  /** Whether the latest request to the mounted API reached the stand-in; undefined before the first. */
  readonly reach: Reach | undefined
}

export function MockStatusLine({
  status,
  apiRoot,
  reach,
  opensPopup = false,
  wholePage,
  inPageHref,
}: MockStatusLineProps) {
  switch (status.state) {
    case 'starting':
      // As tall as the ready line that replaces it, which wraps where this short one would not: the
      // docs below stay where they are when the mock starts. The room is outside the status, which
      // says only what is true now.
      return (
        <div className="mock-status mock-status-stack">
          <p role="status">Starting the mock API…</p>
          <p className="mock-status-room" aria-hidden="true">
            Mock API ready at <code>{apiRoot.pathname}</code>
          </p>
        </div>
      )
    case 'ready':
      if (reach && !reach.reached) {
        return (
          <NotReached reach={reach} apiRoot={apiRoot} inPageHref={status.mode === 'in-page' ? undefined : inPageHref} />
        )
      }
      return (
        <div role="status" className="mock-status">
          {/* One short line: it shares the docs' top bar with its buttons. */}
          <p>
            Mock API ready at <code>{apiRoot.pathname}</code>
            {status.mode === 'in-page' && <>, in this page: {inPageReasonText(status.reason)}</>}
          </p>
          {status.mode === 'in-page' && (
            <div className="notice">
              <p>
                Everything in the lesson works, answered as before; its requests just do not show in the browser’s
                Network tab.
                {opensPopup &&
                  ' But this lesson’s login page opens in a popup that only a service worker can serve, so Authorize cannot log in here.'}
              </p>
              {wholePage && (
                <p>
                  <a href={wholePage} target="_blank" rel="noopener">
                    Open this lesson in its own tab
                  </a>{' '}
                  to run it with a service worker.
                </p>
              )}
            </div>
          )}
        </div>
      )
    case 'failed':
      return (
        <div role="alert" className="notice notice-error">
          <p>{status.problem}</p>
          <p>{status.advice}</p>
          {wholePage && (
            <p>
              Embedded in another site, the browser may refuse the mock’s service worker:{' '}
              <a href={wholePage} target="_blank" rel="noopener">
                open this lesson in its own tab
              </a>
              .
            </p>
          )}
          <ReloadButton />
        </div>
      )
  }
}

interface NotReachedProps {
  readonly reach: Reach & { readonly reached: false }
  readonly apiRoot: URL
  /** Undefined where the mock already runs in the page. */
  readonly inPageHref: string | undefined
}

function NotReached({ reach, apiRoot, inPageHref }: NotReachedProps) {
  const path = reach.url.startsWith(apiRoot.href) ? reach.url.slice(apiRoot.origin.length) : reach.url
  return (
    <div role="alert" className="notice notice-error mock-status">
      <p>
        Mock API not reached: the request for <code>{path}</code>{' '}
        {reach.failed ? 'got no answer at all' : 'was answered by the network, not by the stand-in'}.
        {inPageHref && ' The service worker was bypassed (DevTools’ “Bypass for network”?) or is gone.'}
      </p>
      <p>
        <ReloadButton /> {inPageHref && <a href={inPageHref}>Run the mock in this page instead</a>}
      </p>
    </div>
  )
}
