// The Swagger UI pane, loaded lazily so that the shell paints first. It loads the lesson's
// OpenAPI document by URL, as FastAPI's /docs page does, once there is a stand-in to answer it, or
// shows one already fetched (a real server's).
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react'
import SwaggerUI from 'swagger-ui-react'
import 'swagger-ui-react/swagger-ui.css'
import { DOCS_LAYOUT } from './docs-layout'
import { preloadAfterFirstScreen } from './after-first-screen'
import { whenDocumentShown } from './document-shown'
import { watchSwaggerAccessibility } from './swagger-accessibility'
import './swagger-accessibility.css'
import './swagger-compact.css'
import { swaggerAccessibilityPlugin } from './swagger-accessibility-plugin'
import { lazyMarkdownPlugin } from './lazy-markdown'
import { errActionsOf, initOAuthOf, type ErrActions } from './swagger-system'

interface SwaggerPaneProps {
  /** Absent until the stand-in can answer: Swagger UI sets itself up meanwhile, out of sight. */
  readonly documentUrl?: string | undefined
  /** A document already read; keep the object stable, Swagger UI re-parses every new one. */
  readonly document?: Record<string, unknown>
  /** Where FastAPI would serve this page (`<root_path>/docs`). */
  readonly docsPage: URL
  /** FastAPI's `swagger_ui_parameters={"persistAuthorization": True}`: keep the login across reloads. */
  readonly persistAuthorization: boolean
  /**
   * FastAPI's `swagger_ui_init_oauth`: the client the Authorize dialog logs in as, PKCE. Read once,
   * when Swagger UI has drawn; a pane is made anew for each lesson.
   */
  readonly initOAuth?: Readonly<Record<string, unknown>> | undefined
  /** Swagger UI shows its first document, painted (after its onComplete: once per page, whichever pane). */
  readonly onDrawn?: () => void
  /**
   * The app behind the document, compared by identity: when a switch rebuilds it, the errors
   * Swagger UI keeps from logins to the old app ("Error: Not Found") leave the Authorize dialog.
   */
  readonly app?: unknown
}

// Swagger UI reads its plugins once, at mount: one list for every pane.
const PLUGINS = [swaggerAccessibilityPlugin, lazyMarkdownPlugin]

type RequestInterceptor = NonNullable<ComponentProps<typeof SwaggerUI>['requestInterceptor']>

export function SwaggerPane(props: SwaggerPaneProps) {
  const { documentUrl, document, docsPage, persistAuthorization, initOAuth, onDrawn, app } = props
  // Swagger UI leaves a relative tokenUrl for fetch to resolve against the page. The playground's
  // page is not FastAPI's /docs page, so resolve it against the page FastAPI would use; at the
  // base folder that is the same URL.
  const requestInterceptor = useMemo<RequestInterceptor>(
    () => (request) => {
      const outgoing = request as { url?: unknown }
      if (typeof outgoing.url === 'string' && !URL.canParse(outgoing.url)) {
        outgoing.url = new URL(outgoing.url, docsPage).href
      }
      return request
    },
    [docsPage],
  )
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => (container.current ? watchSwaggerAccessibility(container.current) : undefined), [])
  // swagger-ui-react builds its Swagger UI in a mount effect without cleanup, and one built with a
  // url downloads it. StrictMode runs mount effects twice in development, so a pane that mounted
  // once the mock was ready built two, and the docs asked for the document twice. So there Swagger
  // UI is built without a url, and gets it on the next render, after every mount effect has run: its
  // own url effect then downloads it once. A production build runs each mount effect once: Swagger
  // UI is built with the url, and the download starts a render sooner, on the first screen's path.
  const [built, setBuilt] = useState(!import.meta.env.DEV)
  useEffect(() => {
    let mounted = true
    queueMicrotask(() => {
      if (mounted) setBuilt(true)
    })
    return () => {
      mounted = false
    }
  }, [])
  const errActions = useRef<ErrActions | undefined>(undefined)
  // swagger-ui-react keeps the onComplete of its first render, when the app (and so its
  // swagger_ui_init_oauth) may not be there yet: both meet through refs, whichever comes last.
  const configureOAuth = useRef<((config: Readonly<Record<string, unknown>>) => void) | undefined>(undefined)
  const latestInitOAuth = useRef(initOAuth)
  useEffect(() => {
    latestInitOAuth.current = initOAuth
    if (initOAuth) configureOAuth.current?.(initOAuth)
  }, [initOAuth])
  const onComplete = useCallback(
    (system: unknown) => {
      errActions.current = errActionsOf(system)
      configureOAuth.current = initOAuthOf(system)
      if (latestInitOAuth.current) configureOAuth.current?.(latestInitOAuth.current)
      whenDocumentShown(container.current, () => {
        onDrawn?.()
        preloadAfterFirstScreen()
      })
    },
    [onDrawn],
  )
  // Swagger UI keeps the Authorize dialog's errors in its state, not in the dialog: the same
  // document with another app behind it would still show the old login's failure.
  useEffect(() => {
    errActions.current?.clear({ source: 'auth' })
  }, [app])
  return (
    <div ref={container} className="swagger-pane" hidden={documentUrl === undefined && document === undefined}>
      <SwaggerUI
        {...(document ? { spec: document } : { url: built ? documentUrl : undefined })}
        layout={DOCS_LAYOUT}
        plugins={PLUGINS}
        docExpansion="list"
        displayRequestDuration
        deepLinking={false}
        requestInterceptor={requestInterceptor}
        persistAuthorization={persistAuthorization}
        onComplete={onComplete}
      />
    </div>
  )
}
