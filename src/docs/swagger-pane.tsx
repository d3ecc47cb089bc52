// The Swagger UI pane, loaded lazily so that the shell paints first. It loads the lesson's
// OpenAPI document by URL, as FastAPI's /docs page does, once there is a stand-in to answer it, or
// shows one already fetched (a real server's).
import { useEffect, useMemo, useRef, type ComponentProps } from 'react'
import SwaggerUI from 'swagger-ui-react'
import 'swagger-ui-react/swagger-ui.css'
import { DOCS_LAYOUT } from './docs-layout'
import { watchSwaggerAccessibility } from './swagger-accessibility'
import './swagger-accessibility.css'
import './swagger-compact.css'
import { swaggerAccessibilityPlugin } from './swagger-accessibility-plugin'

interface SwaggerPaneProps {
  /** Absent until the stand-in can answer: Swagger UI sets itself up meanwhile, out of sight. */
  readonly documentUrl?: string | undefined
  /** A document already read; keep the object stable, Swagger UI re-parses every new one. */
  readonly document?: Record<string, unknown>
  /** Where FastAPI would serve this page (`<root_path>/docs`). */
  readonly docsPage: URL
  /** FastAPI's `swagger_ui_parameters={"persistAuthorization": True}`: keep the login across reloads. */
  readonly persistAuthorization: boolean
  /** Swagger UI has read its first document (its onComplete: once per page, whichever pane). */
  readonly onDrawn?: () => void
}

// Swagger UI reads its plugins once, at mount: one list for every pane.
const PLUGINS = [swaggerAccessibilityPlugin]

type RequestInterceptor = NonNullable<ComponentProps<typeof SwaggerUI>['requestInterceptor']>

export function SwaggerPane({ documentUrl, document, docsPage, persistAuthorization, onDrawn }: SwaggerPaneProps) {
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
  return (
    <div ref={container} className="swagger-pane" hidden={documentUrl === undefined && document === undefined}>
      <SwaggerUI
        {...(document ? { spec: document } : { url: documentUrl })}
        layout={DOCS_LAYOUT}
        plugins={PLUGINS}
        docExpansion="list"
        displayRequestDuration
        deepLinking={false}
        requestInterceptor={requestInterceptor}
        persistAuthorization={persistAuthorization}
        onComplete={onDrawn}
      />
    </div>
  )
}
