// Swagger UI's BaseLayout, redrawn for a page that already has its landmarks. BaseLayout wraps
// the operations in a <main>, which would be a second main inside the playground's own; here
// the operations sit in a plain <div> with the same id, and the whole document stays inside the
// "API docs" region of our <main>. Everything else is BaseLayout's markup, built from Swagger
// UI's own components, so its styles, Authorize button and dialogs work unchanged.
import type { ReactNode } from 'react'
import { SwaggerPart, type ErrSelectors, type GetComponent, type SpecSelectors } from './swagger-system'

interface DocsLayoutProps {
  readonly getComponent: GetComponent
  readonly specSelectors: SpecSelectors
  readonly errSelectors: ErrSelectors
}

/** The name the layout is registered under; pass it as swagger-ui-react's `layout`. */
export const DOCS_LAYOUT = 'PlaygroundDocsLayout'

export function DocsLayout({ getComponent: of, specSelectors, errSelectors }: DocsLayoutProps) {
  const loading = loadingMessage(of, specSelectors, errSelectors)
  if (loading) {
    return (
      <div className="swagger-ui">
        <div className="loading-container">{loading}</div>
      </div>
    )
  }

  const isOAS31 = specSelectors.isOAS31()
  const isOAS32 = specSelectors.isOAS32?.() ?? false
  const hasServers = Boolean(specSelectors.servers()?.size)
  const hasSchemes = Boolean(specSelectors.schemes()?.size)
  const hasSecurityDefinitions = Boolean(specSelectors.securityDefinitions())
  const wholeRow = (component: string) => (
    <SwaggerPart of={of} component="Row">
      <SwaggerPart of={of} component="Col" mobile={12} desktop={12}>
        <SwaggerPart of={of} component={component} container />
      </SwaggerPart>
    </SwaggerPart>
  )

  return (
    <div className="swagger-ui">
      <SwaggerPart of={of} component="SvgAssets" />
      <SwaggerPart
        of={of}
        component="VersionPragmaFilter"
        isSwagger2={specSelectors.isSwagger2()}
        isOAS3={specSelectors.isOAS3()}
        isOAS31={isOAS31}
        isOAS32={isOAS32}
        alsoShow={<SwaggerPart of={of} component="errors" container />}
      >
        <SwaggerPart of={of} component="errors" container />
        <SwaggerPart of={of} component="Row" className="information-container">
          <SwaggerPart of={of} component="Col" mobile={12}>
            <SwaggerPart of={of} component="InfoContainer" container />
          </SwaggerPart>
        </SwaggerPart>
        {(hasServers || hasSchemes || hasSecurityDefinitions) && (
          <div className="scheme-container">
            <SwaggerPart of={of} component="Col" className="schemes wrapper" mobile={12}>
              {(hasServers || hasSchemes) && (
                <div className="schemes-server-container">
                  {hasServers && <SwaggerPart of={of} component="ServersContainer" container />}
                  {hasSchemes && <SwaggerPart of={of} component="SchemesContainer" container />}
                </div>
              )}
              {hasSecurityDefinitions && <SwaggerPart of={of} component="AuthorizeBtnContainer" container />}
            </SwaggerPart>
          </div>
        )}
        <SwaggerPart of={of} component="FilterContainer" container />
        {/* BaseLayout's <main id="operations">, minus the landmark; the id and the focus target stay. */}
        <div id="operations" tabIndex={-1} style={{ outline: 'none' }}>
          {wholeRow('operations')}
          {(isOAS31 || isOAS32) && (
            <SwaggerPart of={of} component="Row" className="webhooks-container">
              <SwaggerPart of={of} component="Col" mobile={12} desktop={12}>
                <SwaggerPart of={of} component="Webhooks" container />
              </SwaggerPart>
            </SwaggerPart>
          )}
          {wholeRow('Models')}
        </div>
      </SwaggerPart>
    </div>
  )
}

/** BaseLayout's placeholders while the document loads or when it cannot be read. */
function loadingMessage(of: GetComponent, spec: SpecSelectors, errors: ErrSelectors): ReactNode {
  const status = spec.loadingStatus()
  if (status === 'loading') {
    return (
      <div className="info">
        <div className="loading-container">
          <div className="loading"></div>
        </div>
      </div>
    )
  }
  if (status === 'failed') {
    return (
      <div className="info">
        <div className="loading-container">
          <h2 className="title">Failed to load API definition.</h2>
          <SwaggerPart of={of} component="errors" container />
        </div>
      </div>
    )
  }
  if (status === 'failedConfig') {
    const message = errors.lastError()?.get('message')
    return (
      <div className="info failed-config">
        <div className="loading-container">
          <h2 className="title">Failed to load remote configuration.</h2>
          <p>{typeof message === 'string' ? message : ''}</p>
        </div>
      </div>
    )
  }
  if (!spec.specStr()) return <h2>No API definition provided.</h2>
  return null
}
