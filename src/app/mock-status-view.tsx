import type { MockStatus } from './boot-mock'

interface MockStatusViewProps {
  readonly status: MockStatus
  readonly apiRoot: URL
  /** In an embedded frame: the lesson as a whole page, where the mock can start on its own. */
  readonly wholePage?: string | undefined
}

export function MockStatusView({ status, apiRoot, wholePage }: MockStatusViewProps) {
  switch (status.state) {
    case 'starting':
      return (
        <p role="status" className="mock-status">
          Starting the mock API…
        </p>
      )
    case 'ready':
      return (
        <div role="status" className="mock-status">
          {/* One short line: it shares the docs' top bar with its buttons. */}
          <p>
            Mock API ready at <code>{apiRoot.pathname}</code>
          </p>
          {status.mode === 'in-page' && (
            <p className="notice">
              Service workers are not available here, so the mock runs inside the page instead: requests do not appear
              in the browser’s Network tab. Open the playground over https:// or on localhost to see them there.
            </p>
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
          <button
            type="button"
            onClick={() => {
              window.location.reload()
            }}
          >
            Reload the page
          </button>
        </div>
      )
  }
}
