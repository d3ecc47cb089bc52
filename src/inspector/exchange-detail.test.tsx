import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ExchangeDetail } from './exchange-detail'
import { linkTokens } from './token-links'
import { TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'

const MARKUP = '<img src=x onerror=alert(1)>'

function render(detail: ReturnType<typeof exchange>, all = [detail]) {
  return renderToStaticMarkup(
    <ExchangeDetail
      exchange={detail}
      links={linkTokens(all)}
      tokenUrl="token"
      origin="http://127.0.0.1:8000"
      onSelectSeq={() => undefined}
      onResent={() => undefined}
    />,
  )
}

/** The text of the detail's "Response body" figure. */
function responseBodyOf(html: string): string {
  const body = /<figcaption>Response body<\/figcaption><pre[^>]*>([^<]*)<\/pre>/.exec(html)?.[1]
  if (body === undefined) throw new Error('no response body in the detail')
  return body
}

describe('the exchange detail', () => {
  it('says how the stand-in’s answer reached the page, and nothing of the kind for the network’s', () => {
    const get = { method: 'GET', url: `${TEST_ROOT}items/` }
    expect(render(exchange({ request: get, response: { status: 401, route: 'worker-reply' } }))).toContain(
      'by the stand-in in this page, replying to the service worker directly',
    )
    expect(render(exchange({ request: get, response: { status: 401, route: 'request-handlers' } }))).toContain(
      'by the stand-in in this page, through the mock library’s request handlers',
    )
    const fromServer = render(exchange({ request: get, response: { status: 401, answeredBy: 'network' } }))
    expect(fromServer).toContain('<h4>Response</h4>')
    expect(fromServer).not.toContain('by the stand-in')
  })

  it('shows a username with markup as text in the form, the token and the body', () => {
    const login = exchange({
      request: {
        method: 'POST',
        url: `${TEST_ROOT}token`,
        headers: [['content-type', 'application/x-www-form-urlencoded']],
        body: `username=${encodeURIComponent(MARKUP)}&password=secret`,
      },
      response: { status: 200, body: JSON.stringify({ access_token: MARKUP, token_type: 'bearer' }) },
    })
    const html = render(login)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('offers to refresh with a refresh token the answer holds, and only then', () => {
    const login = (body: object) =>
      exchange({
        request: { method: 'POST', url: `${TEST_ROOT}token`, body: 'grant_type=password' },
        response: { status: 200, body: JSON.stringify(body) },
      })
    const html = render(login({ access_token: 'a', token_type: 'bearer', refresh_token: 'r' }))
    expect(html).toContain('<legend>Refresh</legend>')
    expect(html).toContain('>Refresh with this token</button>')
    expect(render(login({ access_token: 'a', token_type: 'bearer' }))).not.toContain('Refresh with this token')
  })

  it('masks the password until revealed, and never prints it in the curl command on screen', () => {
    const login = exchange({
      request: {
        method: 'POST',
        url: `${TEST_ROOT}token`,
        headers: [['content-type', 'application/x-www-form-urlencoded']],
        body: 'username=alice&password=hunter2',
      },
    })
    const html = render(login)
    expect(html).not.toContain('hunter2')
    expect(html).toContain('Reveal passwords')
  })

  it('masks a password that a 422 echoes in its input until revealed, and offers to reveal it', async () => {
    // The json-login mistake: the password form meets a JSON model, and FastAPI echoes the form.
    const app = createSimpleOAuth2App(new Set(['json-login']))
    const refused = await send(app, 'POST', '/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=johndoe&password=hunter2',
    })
    expect(refused.response?.status).toBe(422)
    expect(refused.response?.body).toContain('hunter2')
    const html = render(refused)
    expect(responseBodyOf(html)).toContain('password=••••••')
    expect(responseBodyOf(html)).not.toContain('hunter2')
    expect(html).toContain('Reveal passwords')
    // A JSON body the model refuses for a missing username: FastAPI echoes the object it got.
    const typed = await send(app, 'POST', '/token', {
      headers: { 'content-type': 'application/json' },
      body: '{"password":"hunter2"}',
    })
    expect(typed.response?.body).toContain('hunter2')
    expect(responseBodyOf(render(typed))).not.toContain('hunter2')
    expect(render(typed)).toContain('Reveal passwords')
  })

  it('explains the token URL and ties the carried token to its login', () => {
    const login = exchange({
      seq: 1,
      request: {
        method: 'POST',
        url: `${TEST_ROOT}token`,
        headers: [['content-type', 'application/x-www-form-urlencoded']],
        body: 'grant_type=password&username=alice&password=x',
      },
      response: { status: 200, body: '{"access_token":"alice","token_type":"bearer"}' },
    })
    const call = exchange({
      seq: 2,
      request: { method: 'GET', url: `${TEST_ROOT}items/`, headers: [['authorization', 'Bearer alice']] },
    })
    expect(render(login, [login, call])).toContain(
      `which gives <code>${TEST_ROOT}token</code>, where this request went.`,
    )
    const html = render(call, [login, call])
    expect(html).toContain('This is token <strong>T1</strong>, issued by')
    expect(html).toContain('>exchange #1</button>')
  })

  it('points from the Authorization header to the note above only when that note is shown', () => {
    const login = (headers: [string, string][]) =>
      exchange({
        request: {
          method: 'POST',
          url: `${TEST_ROOT}token`,
          headers: [['content-type', 'application/x-www-form-urlencoded'], ...headers],
          body: 'username=alice',
        },
        response: { status: 422, body: '{"detail":[]}' },
      })
    const fromPanel = render(login([['authorization', 'Bearer alice']]))
    expect(fromPanel).toContain('the password form does not read it')
    expect(fromPanel).not.toContain('see the note above')
    const fromDialog = render(
      login([
        ['authorization', 'Basic Og=='],
        ['x-requested-with', 'XMLHttpRequest'],
      ]),
    )
    expect(fromDialog).toContain('the password form does not read it (see the note above)')
    expect(fromDialog.indexOf('comes from Swagger UI')).toBeLessThan(fromDialog.indexOf('see the note above'))
  })
})
