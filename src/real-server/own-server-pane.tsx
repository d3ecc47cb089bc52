// The docs pane when a real FastAPI server answers: checks that the server lets this page read
// it, explains plainly when it does not, and shows Swagger UI with the server's own document.
import { Suspense, lazy, useEffect, useMemo, useState } from 'react'
import { ErrorBoundary } from '../ui/error-boundary'
import { checkConnection, corsMiddlewareLines, type Connection } from './connection-check'
import { documentForServer } from './document-for-server'
import { serverDocsPage } from './server-location'

const SwaggerPane = lazy(() => import('../docs/swagger-pane').then((module) => ({ default: module.SwaggerPane })))

interface OwnServerPaneProps {
  readonly root: URL
  readonly onBack: () => void
}

type Check = { readonly state: 'checking' } | Connection

export function OwnServerPane({ root, onBack }: OwnServerPaneProps) {
  const [attempt, setAttempt] = useState(0)
  const [check, setCheck] = useState<{ key: string; result: Check }>({ key: '', result: { state: 'checking' } })
  const key = `${root.href} ${attempt}`

  useEffect(() => {
    let live = true
    const page = new URL(window.location.href)
    void checkConnection(root, page, (input, init) => fetch(input, init)).then((result) => {
      if (live) setCheck({ key, result })
    })
    return () => {
      live = false
    }
  }, [root, key])

  const result: Check = check.key === key ? check.result : { state: 'checking' }
  const connected = result.state === 'connected' ? result.document : undefined
  // One object per document: Swagger UI parses the document again for every new one.
  const document = useMemo(() => (connected ? documentForServer(connected, root) : undefined), [connected, root])
  const retry = () => {
    setAttempt((count) => count + 1)
  }

  return (
    <>
      <ConnectionView result={result} root={root} onRetry={retry} onBack={onBack} />
      {document && (
        <ErrorBoundary what="Swagger UI">
          <Suspense fallback={<p role="status">Loading Swagger UI…</p>}>
            {/* Credentials typed for a real server are never stored: no persisted authorization. */}
            <SwaggerPane
              key={root.href}
              document={document}
              docsPage={serverDocsPage(root)}
              persistAuthorization={false}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  )
}

interface ConnectionViewProps {
  readonly result: Check
  readonly root: URL
  readonly onRetry: () => void
  readonly onBack: () => void
}

function ConnectionView({ result, root, onRetry, onBack }: ConnectionViewProps) {
  const address = <code>{root.href}</code>
  if (result.state === 'checking') {
    return (
      <p role="status" className="mock-status">
        Connecting to your FastAPI server at {address}…
      </p>
    )
  }
  if (result.state === 'connected') {
    return (
      <div role="status" className="mock-status">
        <p>
          Your FastAPI server answers at {address}: the docs below are its own, and Authorize and Try it out go to it,
          not to the stand-in.
        </p>
      </div>
    )
  }
  return (
    <div role="alert" className="notice notice-error own-server-problem">
      <Problem result={result} root={root} />
      <p>
        <button type="button" onClick={onRetry}>
          Check again
        </button>{' '}
        <button type="button" onClick={onBack}>
          Back to the stand-in
        </button>
      </p>
    </div>
  )
}

function Problem({
  result,
  root,
}: {
  readonly result: Exclude<Check, { state: 'checking' | 'connected' }>
  readonly root: URL
}) {
  const origin = window.location.origin
  switch (result.state) {
    case 'mixed-content':
      return (
        <>
          <p>
            This page was loaded over https://, and browsers refuse to let it call a server over plain http:// (“mixed
            content”), so nothing was sent to <code>{root.href}</code>.
          </p>
          <p>
            Serve your FastAPI app over https://, run it on this machine (http://127.0.0.1 is allowed), or open the
            playground itself over http:// (<code>npm run dev</code>).
          </p>
        </>
      )
    case 'cors-refused':
      return (
        <>
          <p>
            Your server at <code>{root.href}</code> is running, but it does not let this page read its answers: it sends
            no CORS headers for this page’s origin, <code>{origin}</code>, so the browser withholds them.
          </p>
          <p>
            Add CORSMiddleware to your app, after <code>app = FastAPI()</code>, and restart it:
          </p>
          <pre>
            <code>{corsMiddlewareLines(origin)}</code>
          </pre>
          <p>
            Or run the playground with <code>FASTAPI_PROXY={root.origin} npm run dev</code> and use{' '}
            <code>/fastapi</code> as the address: the dev server then passes the requests on, from its own origin.
          </p>
        </>
      )
    case 'not-running':
      return (
        <>
          <p>
            Nothing answers at <code>{root.href}</code> ({result.message}): the server is not running, or listens on
            another address or port.
          </p>
          <p>
            Start it, for example with <code>uvicorn main:app --port {root.port || '8000'}</code>, and check the address
            it prints.
          </p>
        </>
      )
    case 'no-document':
      return (
        <p>
          A server answers at <code>{root.href}</code>, but <code>{new URL('openapi.json', root).href}</code> gave{' '}
          {result.status} {result.contentType ? `(${result.contentType})` : ''} instead of an OpenAPI document. Is this
          the address of your FastAPI app, with its docs turned on?
        </p>
      )
  }
}
