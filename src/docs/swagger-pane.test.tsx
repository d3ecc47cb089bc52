import type { ComponentProps } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type SwaggerUI from 'swagger-ui-react'
import { describe, expect, it, vi } from 'vitest'
import { SwaggerPane } from './swagger-pane'

type SwaggerUIProps = ComponentProps<typeof SwaggerUI>

// What the pane hands Swagger UI on each render (the stand-in draws nothing).
const seen = vi.hoisted(() => [] as { url?: string | undefined; spec?: unknown }[])
vi.mock('swagger-ui-react', () => ({
  default: (props: SwaggerUIProps) => {
    seen.push({ url: props.url, spec: props.spec })
    return null
  },
}))

describe('the Swagger UI pane', () => {
  it('builds Swagger UI without the document’s url, even when it is known at mount', () => {
    seen.length = 0
    // A server render is the first render alone: the one swagger-ui-react builds Swagger UI from,
    // and downloads the url of, once per run of its mount effect (twice under StrictMode).
    renderToStaticMarkup(
      <SwaggerPane
        documentUrl="http://127.0.0.1/learn/oauth2/openapi.json"
        docsPage={new URL('http://127.0.0.1/learn/oauth2/docs')}
        persistAuthorization={false}
      />,
    )
    expect(seen).toEqual([{ url: undefined, spec: undefined }])
  })

  it('hands a document already read to Swagger UI at once', () => {
    seen.length = 0
    const document = { openapi: '3.1.0' }
    renderToStaticMarkup(
      <SwaggerPane document={document} docsPage={new URL('http://127.0.0.1/docs')} persistAuthorization={false} />,
    )
    expect(seen).toEqual([{ url: undefined, spec: document }])
  })
})
