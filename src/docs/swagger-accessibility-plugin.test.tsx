import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AuthorizationDialog } from './authorization-dialog'
import { DocsLayout } from './docs-layout'
import { nameWithVisibleText, swaggerAccessibilityPlugin } from './swagger-accessibility-plugin'
import type { GetComponent, SpecSelectors, SwaggerComponent, SwaggerComponentProps } from './swagger-system'

/** Stands in for Swagger UI's components: each draws its name and its children. */
const getComponent: GetComponent = (name) =>
  function Stand({ children }: SwaggerComponentProps) {
    return <div data-component={name}>{children}</div>
  }

function spec(overrides: Partial<SpecSelectors> = {}): SpecSelectors {
  return {
    isSwagger2: () => false,
    isOAS3: () => true,
    isOAS31: () => true,
    specStr: () => '{"openapi":"3.1.0"}',
    loadingStatus: () => 'success',
    servers: () => ({ size: 1 }),
    schemes: () => undefined,
    securityDefinitions: () => ({}),
    ...overrides,
  }
}

const errSelectors = { lastError: () => undefined }

describe('nameWithVisibleText', () => {
  it('starts the name with the words on the button, keeping Swagger UI’s label after them', () => {
    expect(nameWithVisibleText('Logout', 'Remove authorization')).toBe('Logout (remove authorization)')
    expect(nameWithVisibleText('Authorize', 'Apply given OAuth2 credentials')).toBe(
      'Authorize (apply given OAuth2 credentials)',
    )
  })

  it('keeps a label that already holds the visible words, in any case', () => {
    expect(nameWithVisibleText('Close', 'Close the dialog')).toBe('Close the dialog')
    expect(nameWithVisibleText('close', 'Close the dialog')).toBe('Close the dialog')
  })
})

describe('the Button wrapper', () => {
  const wrap = swaggerAccessibilityPlugin().wrapComponents.Button
  const Button = wrap(((props: SwaggerComponentProps) => <button {...props} />) as SwaggerComponent)

  it('names a labelled text button after its text first', () => {
    expect(renderToStaticMarkup(<Button aria-label="Remove authorization">Logout</Button>)).toBe(
      '<button aria-label="Logout (remove authorization)">Logout</button>',
    )
  })

  it('leaves buttons without a label as Swagger UI drew them', () => {
    expect(renderToStaticMarkup(<Button className="btn-done">Close</Button>)).toBe(
      '<button class="btn-done">Close</button>',
    )
  })
})

describe('the Input wrapper', () => {
  const wrap = swaggerAccessibilityPlugin().wrapComponents.Input
  const Input = wrap(((props: SwaggerComponentProps) => <input {...props} />) as SwaggerComponent)

  it('drops an aria-label that only repeats the id, so that the <label for> names the field', () => {
    expect(renderToStaticMarkup(<Input id="auth-basic-username" aria-label="auth-basic-username" />)).toBe(
      '<input id="auth-basic-username"/>',
    )
  })

  it('keeps a label that says something', () => {
    expect(renderToStaticMarkup(<Input id="q" aria-label="Search" />)).toBe('<input id="q" aria-label="Search"/>')
  })
})

describe('the docs layout', () => {
  it('draws no landmark of its own: the operations sit in a plain element with BaseLayout’s id', () => {
    const html = renderToStaticMarkup(
      <DocsLayout getComponent={getComponent} specSelectors={spec()} errSelectors={errSelectors} />,
    )
    expect(html).not.toMatch(/<main|role="main"/)
    expect(html).toContain('<div id="operations" tabindex="-1"')
    for (const part of [
      'InfoContainer',
      'ServersContainer',
      'AuthorizeBtnContainer',
      'operations',
      'Webhooks',
      'Models',
    ]) {
      expect(html).toContain(`data-component="${part}"`)
    }
  })

  it('leaves out the servers and the Authorize button when the document has none', () => {
    const html = renderToStaticMarkup(
      <DocsLayout
        getComponent={getComponent}
        specSelectors={spec({ servers: () => ({ size: 0 }), securityDefinitions: () => undefined })}
        errSelectors={errSelectors}
      />,
    )
    expect(html).not.toContain('scheme-container')
  })

  it('says so, under a heading that fits the page, when the document cannot be loaded', () => {
    const html = renderToStaticMarkup(
      <DocsLayout
        getComponent={getComponent}
        specSelectors={spec({ loadingStatus: () => 'failed' })}
        errSelectors={errSelectors}
      />,
    )
    expect(html).toContain('<h2 class="title">Failed to load API definition.</h2>')
  })
})

describe('the authorization dialog', () => {
  it('is a dialog named by its heading, with a named close button and Swagger UI’s classes', () => {
    const definitions = [{ scheme: 'OAuth2PasswordBearer' }]
    const html = renderToStaticMarkup(
      <AuthorizationDialog
        getComponent={getComponent}
        authActions={{ showDefinitions: () => undefined }}
        authSelectors={{ shownDefinitions: () => ({ valueSeq: () => definitions }) }}
        errSelectors={errSelectors}
        specSelectors={spec()}
        fn={{}}
      />,
    )
    const labelledBy = /<div class="modal-ux" role="dialog" aria-labelledby="([^"]+)">/.exec(html)?.[1]
    expect(labelledBy).toBeTruthy()
    expect(html).toContain(`<h3 id="${labelledBy ?? ''}">Available authorizations</h3>`)
    expect(html).toContain('aria-label="Close the dialog"')
    expect(html).toContain('data-component="auths"')
  })
})
