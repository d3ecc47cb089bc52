import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { createRouterDependenciesApp } from '../lessons/router-dependencies/router-dependencies-app'
import { SECRET_KEY } from '../lessons/shared/jwt-tutorial'
import { pyjwtEncode } from '../server/jwt/pyjwt-encode'
import { TEST_CONTEXT, TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { TestClientView } from './testclient-view'

const NEVER_VERIFIED = { verify: () => Promise.reject(new Error('no login here')) }

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

  it('offers the dependency_overrides form beside it where a dependency returned the user', async () => {
    const now = Date.UTC(2026, 0, 15, 12)
    const app = createRouterDependenciesApp({ passwords: NEVER_VERIFIED, now: () => now, release: 'current' })
    const token = await pyjwtEncode({ sub: 'alice', scope: '', exp: now / 1000 + 600 }, SECRET_KEY)
    const context = { ...TEST_CONTEXT, lessonId: 'router-dependencies' }
    const admin = await send(app, 'GET', '/admin/users', { context, headers: { authorization: `Bearer ${token}` } })
    const html = renderToStaticMarkup(<TestClientView exchange={admin} />)
    expect(html).toContain('Copy as a TestClient test</h4>')
    expect(html).toContain('Or log in through app.dependency_overrides</h4>')
    expect(html).toContain(
      '<code>User(username=&quot;alice&quot;, full_name=&quot;Alice Chains&quot;, roles=[&quot;admin&quot;])</code>',
    )
    expect(html).toContain('Copy the dependency_overrides test</button>')
    const anonymous = renderToStaticMarkup(
      <TestClientView exchange={await send(app, 'GET', '/admin/users', { context })} />,
    )
    expect(anonymous).toContain('Copy as a TestClient test</h4>')
    expect(anonymous).not.toContain('dependency_overrides')
  })
})
