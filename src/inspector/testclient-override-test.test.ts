// The dependency_overrides form of "Copy as a TestClient test": offered only where overriding the
// dependency that read the credentials leaves the answer as it was, and passing under pytest on
// main.py and today's FastAPI wherever it is offered.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createRouterDependenciesApp } from '../lessons/router-dependencies/router-dependencies-app'
import { SECRET_KEY } from '../lessons/shared/jwt-tutorial'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { pyjwtEncode } from '../server/jwt/pyjwt-encode'
import { currentFastApiPython } from '../testing/current-fastapi/python'
import { runPytest } from '../testing/current-fastapi/run-pytest'
import { TEST_CONTEXT, send } from '../testing/test-exchange'
import { buildOverrideTest } from './testclient-override-test'

const NOW = Date.UTC(2026, 0, 15, 12)
const context = { ...TEST_CONTEXT, lessonId: 'router-dependencies' }
const app = createRouterDependenciesApp({
  passwords: { verify: () => Promise.reject(new Error('no login here')) },
  now: () => NOW,
  release: 'current',
})

async function call(path: string, sub?: string, scope = '') {
  const token = sub === undefined ? undefined : await pyjwtEncode({ sub, scope, exp: NOW / 1000 + 600 }, SECRET_KEY)
  return send(app, 'GET', path, {
    context,
    headers: { accept: 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
  })
}

describe('the dependency_overrides test', () => {
  it('logs in as the user get_current_user returned, and sends no token', async () => {
    expect(buildOverrideTest(await call('/admin/users', 'johndoe'))?.source).toBe(
      [
        '# Replays a Bearer Playground exchange against the main.py of the lesson "router-dependencies",',
        '# logged in through app.dependency_overrides: get_current_user is replaced by a function that',
        '# returns the user it returned in the playground, so the request carries no credentials.',
        '# Save it as test_main.py beside that main.py and run pytest.',
        'import pytest',
        'from fastapi.testclient import TestClient',
        '',
        'from main import User, app, get_current_user',
        '',
        'client = TestClient(app)',
        '',
        '',
        'def fake_get_current_user():',
        '    # What get_current_user returned in the playground, as main.py’s User.',
        '    return User(username="johndoe", full_name="John Doe", roles=[])',
        '',
        '',
        '@pytest.fixture(autouse=True)',
        'def logged_in():',
        '    app.dependency_overrides[get_current_user] = fake_get_current_user',
        '    yield',
        '    # The overrides stay on the app until removed: the next test starts without this one.',
        '    app.dependency_overrides.clear()',
        '',
        '',
        'def test_get_admin_users_answers_403_logged_in_by_override():',
        '    response = client.get("/admin/users", headers={"accept": "application/json"})',
        '    assert response.status_code == 403',
        '    assert response.json() == {"detail": "Admins only"}',
        '',
      ].join('\n'),
    )
  })

  it('is not offered where the override would change the answer, or nothing returned a user', async () => {
    // No token: get_current_user never ran.
    expect(buildOverrideTest(await call('/items/'))).toBeUndefined()
    // A bad token: get_current_user raised, and the override would let the request through.
    expect(buildOverrideTest(await call('/items/', 'nobody'))).toBeUndefined()
    // The scope check is inside get_current_user: overriding it would answer 200, not 403.
    expect(buildOverrideTest(await call('/admin/reports', 'alice'))).toBeUndefined()
    // The public router reads no credentials.
    expect(buildOverrideTest(await call('/status'))).toBeUndefined()
    // A lesson whose dependencies do not say how main.py writes their value.
    const simple = await send(createSimpleOAuth2App(), 'GET', '/users/me', {
      headers: { authorization: 'Bearer johndoe' },
    })
    expect(buildOverrideTest(simple)).toBeUndefined()
  })

  it('passes under pytest on main.py for each kind of exchange it is offered for', { timeout: 180_000 }, async () => {
    const exchanges = [
      await call('/users/me', 'johndoe'),
      await call('/items/', 'alice'),
      await call('/admin/users', 'johndoe', 'reports'),
      await call('/admin/users', 'alice'),
      await call('/admin/reports', 'johndoe', 'reports'),
      await call('/admin/reports', 'alice', 'reports'),
    ]
    const sources = exchanges.map((exchanged) => buildOverrideTest(exchanged)?.source)
    expect(sources.every((source) => source !== undefined)).toBe(true)
    const folder = mkdtempSync(join(tmpdir(), 'override-tests-'))
    try {
      copyFileSync(
        fileURLToPath(new URL('../lessons/router-dependencies/main.py', import.meta.url)),
        join(folder, 'main.py'),
      )
      sources.forEach((source, index) => {
        writeFileSync(join(folder, `test_override_${index}.py`), source ?? '')
      })
      const run = await runPytest(currentFastApiPython(), folder)
      expect(run.exitCode, run.output).toBe(0)
      expect(run.passed, run.output).toBe(exchanges.length)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
