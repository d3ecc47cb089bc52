// The Swagger UI pane, loaded lazily so that the shell paints first. It loads the lesson's
// OpenAPI document by URL, as FastAPI's /docs page does, or shows one already fetched (a real
// server's).
import { useEffect, useMemo, useRef, useState, type ComponentProps } from 'react'
import SwaggerUI from 'swagger-ui-react'
import 'swagger-ui-react/swagger-ui.css'
import { localStore } from '../ui/safe-storage'
import { DOCS_LAYOUT } from './docs-layout'
import { watchSwaggerAccessibility } from './swagger-accessibility'
import './swagger-accessibility.css'
import { swaggerAccessibilityPlugin } from './swagger-accessibility-plugin'

interface SwaggerPaneProps {
  readonly documentUrl?: string
  /** A document already read; keep the object stable, Swagger UI re-parses every new one. */
  readonly document?: Record<string, unknown>
  /** Where FastAPI would serve this page (`<root_path>/docs`). */
  readonly docsPage: URL
  /** FastAPI's `swagger_ui_parameters={"persistAuthorization": True}`: keep the login across reloads. */
  readonly persistAuthorization: boolean
}

/** Where Swagger UI keeps a persisted authorization in this browser. */
const PERSISTED_AUTHORIZATION_KEY = 'authorized'

// Swagger UI reads its plugins once, at mount: one list for every pane.
const PLUGINS = [swaggerAccessibilityPlugin]

type RequestInterceptor = NonNullable<ComponentProps<typeof SwaggerUI>['requestInterceptor']>

export function SwaggerPane({ documentUrl, document, docsPage, persistAuthorization }: SwaggerPaneProps) {
  // Without the parameter nothing may come back from an earlier page that had it: switching it off
  // clears what Swagger UI stored, before Swagger UI reads it.
  useState(() => {
    if (!persistAuthorization) localStore()?.remove(PERSISTED_AUTHORIZATION_KEY)
  })
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
    <div ref={container}>
      <SwaggerUI
        {...(document ? { spec: document } : { url: documentUrl })}
        layout={DOCS_LAYOUT}
        plugins={PLUGINS}
        docExpansion="list"
        displayRequestDuration
        deepLinking={false}
        requestInterceptor={requestInterceptor}
        persistAuthorization={persistAuthorization}
      />
    </div>
  )
}
