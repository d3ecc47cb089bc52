// "Copy as a TestClient test" with a switch that changes main.py into another file (the spec-exact
// switch's main_spec_exact.py): the exchanges it answered are replayed against that file.
import { describe, expect, it } from 'vitest'
import { lesson as simpleOAuth2 } from '../lessons/simple-oauth2/lesson'
import { SPEC_EXACT_SWITCH } from '../lessons/shared/spec-exact-switch'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { TEST_CONTEXT, send } from '../testing/test-exchange'
import { buildTestClientTest } from './testclient-test'

const app = createSimpleOAuth2App(new Set([SPEC_EXACT_SWITCH]))
const context = { ...TEST_CONTEXT, lessonId: 'simple-oauth2' }
const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const options = { switches: simpleOAuth2.switches }

describe('a test of an exchange the spec-exact switch answered', () => {
  it('imports main_spec_exact.py’s app and asserts its no-store headers', async () => {
    const login = await send(app, 'POST', '/token', {
      context,
      headers: FORM,
      body: 'grant_type=password&username=johndoe&password=wrong',
    })
    const copy = buildTestClientTest(login, options)
    expect(copy?.kind === 'test' && copy.file).toBe('main_spec_exact.py')
    const source = copy?.kind === 'test' ? copy.source : ''
    expect(source).toContain(
      '# Replays a Bearer Playground exchange against the main_spec_exact.py of the lesson "simple-oauth2",\n' +
        '# main.py as the playground’s switch “Spec-exact errors: answer as RFC 6749 says (not part of the ' +
        'tutorial)” changes it:\n' +
        '# save it as test_main_spec_exact.py beside that main_spec_exact.py and run pytest.\n',
    )
    expect(source).toContain('from main_spec_exact import app\n')
    expect(source).not.toContain('from main import')
    expect(source).toContain(
      '    assert response.status_code == 400\n' +
        '    assert response.headers["cache-control"] == "no-store"\n' +
        '    assert response.headers["pragma"] == "no-cache"\n' +
        '    assert response.json() == {\n' +
        '        "error": "invalid_grant",\n' +
        '        "error_description": "Incorrect username or password",\n' +
        '    }\n',
    )
  })

  it('replays on main.py what main.py answers alike, with the switch on', async () => {
    const me = await send(app, 'GET', '/users/me', { context, headers: { authorization: 'Bearer johndoe' } })
    const copy = buildTestClientTest(me, options)
    expect(copy?.kind === 'test' && copy.file).toBe('main.py')
    expect(copy?.kind === 'test' ? copy.source : '').toContain('from main import app\n')
  })
})
