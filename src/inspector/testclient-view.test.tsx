import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TEST_ROOT, exchange } from '../testing/test-exchange'
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

  it('shows nothing while the exchange has no answer', () => {
    expect(renderToStaticMarkup(<TestClientView exchange={exchange({ request: login })} />)).toBe('')
  })
})
