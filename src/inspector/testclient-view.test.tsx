import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { TestClientView } from './testclient-view'

const login = {
  method: 'POST',
  url: `${TEST_ROOT}token`,
  headers: [['content-type', 'application/x-www-form-urlencoded']] as const,
  body: 'username=alice&password=hunter2',
}

describe('the TestClient view', () => {
  it('shows the test under its own heading, with the password masked on screen', () => {
    const html = renderToStaticMarkup(
      <TestClientView
        exchange={exchange({ request: login, response: { status: 200, body: '{"access_token":"alice"}' } })}
      />,
    )
    expect(html).toContain('Copy as a TestClient test</h4>')
    expect(html).toContain('assert response.status_code == 200')
    expect(html).not.toContain('hunter2')
  })

  it('says why an exchange of the lesson’s stand-in /token has no test, with no button to copy one', async () => {
    const app = createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH]))
    const login = await send(app, 'POST', '/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=alice&password=secret',
    })
    const html = renderToStaticMarkup(<TestClientView exchange={login} />)
    expect(html).toContain('Copy as a TestClient test</h4>')
    expect(html).toContain('with a route that main.py does not have.')
    expect(html).not.toContain('<button')
    expect(html).not.toContain('def test_')
  })

  it('shows nothing while the exchange has no answer', () => {
    expect(renderToStaticMarkup(<TestClientView exchange={exchange({ request: login })} />)).toBe('')
  })
})
