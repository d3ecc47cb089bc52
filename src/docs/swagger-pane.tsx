// The Swagger UI pane, loaded lazily so that the shell paints first. It loads the lesson's
// OpenAPI document by URL, as FastAPI's /docs page does.
import SwaggerUI from 'swagger-ui-react'
import 'swagger-ui-react/swagger-ui.css'

export function SwaggerPane({ documentUrl }: { readonly documentUrl: string }) {
  return <SwaggerUI url={documentUrl} docExpansion="list" displayRequestDuration deepLinking={false} />
}
