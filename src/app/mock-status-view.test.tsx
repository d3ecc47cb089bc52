import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { MockNetwork } from '../server/traffic'
import type { MockStatus } from './boot-mock'
import { inPageMockHref, MockStatusLine } from './mock-status-view'

const apiRoot = new URL('http://127.0.0.1:4174/learn/oauth2/')
const network: MockNetwork = {
  mount: () => undefined,
  unmount: () => undefined,
  onTraffic: () => () => undefined,
  onReach: () => () => undefined,
}
const withWorker: MockStatus = { state: 'ready', mode: 'service-worker', network }
const inPage: MockStatus = { state: 'ready', mode: 'in-page', reason: 'refused', network }
const inPageHref = 'http://127.0.0.1:4174/learn/oauth2/?lesson=first-steps&mock=in-page'

/** The line as a learner reads it: the text of its markup. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'")
}

describe('the mock’s status line', () => {
  it('while starting: says so, and keeps the ready line’s room, unseen and outside the status', () => {
    const html = renderToStaticMarkup(
      <MockStatusLine status={{ state: 'starting' }} apiRoot={apiRoot} reach={undefined} inPageHref={inPageHref} />,
    )
    expect(html).toContain('<p role="status">Starting the mock API…</p>')
    expect(html).toContain(
      '<p class="mock-status-room" aria-hidden="true">Mock API ready at <code>/learn/oauth2/</code></p>',
    )
  })

  it('with the worker: ready at the API root, and nothing more', () => {
    const html = renderToStaticMarkup(
      <MockStatusLine status={withWorker} apiRoot={apiRoot} reach={{ reached: true }} inPageHref={inPageHref} />,
    )
    expect(html).toMatch(/^<div role="status"/)
    expect(text(html)).toBe('Mock API ready at /learn/oauth2/')
  })

  it('in the page: ready, in this page, why, what differs, and in a frame a tab of its own', () => {
    const html = renderToStaticMarkup(
      <MockStatusLine
        status={inPage}
        apiRoot={apiRoot}
        reach={undefined}
        opensPopup
        wholePage="http://127.0.0.1:4174/learn/oauth2/?lesson=third-party-login"
        inPageHref={inPageHref}
      />,
    )
    expect(text(html)).toMatch(
      /^Mock API ready at \/learn\/oauth2\/, in this page: your browser refused a service worker here/,
    )
    expect(text(html)).toContain('do not show in the browser’s Network tab')
    expect(text(html)).toContain('only a service worker can serve, so Authorize cannot log in here')
    expect(html).toContain('href="http://127.0.0.1:4174/learn/oauth2/?lesson=third-party-login"')
  })

  it('in the page, a lesson without a popup says nothing of one', () => {
    const html = renderToStaticMarkup(
      <MockStatusLine status={inPage} apiRoot={apiRoot} reach={undefined} inPageHref={inPageHref} />,
    )
    expect(text(html)).not.toContain('popup')
  })

  it('once a request goes past the stand-in: an alert naming it, a reload, and the in-page mock', () => {
    const html = renderToStaticMarkup(
      <MockStatusLine
        status={withWorker}
        apiRoot={apiRoot}
        reach={{ reached: false, url: `${apiRoot.href}openapi.json`, failed: false }}
        inPageHref={inPageHref}
      />,
    )
    expect(html).toMatch(/^<div role="alert"/)
    expect(text(html)).not.toContain('Mock API ready')
    expect(text(html)).toContain(
      'Mock API not reached: the request for /learn/oauth2/openapi.json was answered by the network, not by the stand-in.',
    )
    expect(html).toContain('Reload the page</button>')
    expect(html).toContain(`href="${inPageHref.replace(/&/g, '&amp;')}">Run the mock in this page instead</a>`)
  })

  it('in the page, a request that got no answer says so and offers no in-page mock it already runs', () => {
    const html = renderToStaticMarkup(
      <MockStatusLine
        status={inPage}
        apiRoot={apiRoot}
        reach={{ reached: false, url: `${apiRoot.href}items/`, failed: true }}
        inPageHref={inPageHref}
      />,
    )
    expect(text(html)).toContain('the request for /learn/oauth2/items/ got no answer at all.')
    expect(html).not.toContain('Run the mock in this page instead')
  })
})

describe('the way back to the in-page mock', () => {
  it('is this page with mock=in-page, other parameters kept, no fragment', () => {
    expect(inPageMockHref(new URL('http://127.0.0.1:4174/learn/oauth2/?lesson=oauth2-jwt&try=x#top'))).toBe(
      'http://127.0.0.1:4174/learn/oauth2/?lesson=oauth2-jwt&try=x&mock=in-page',
    )
  })
})
