// "Copy as a TestClient test" for a stateful lesson: what main.py remembered when the playground
// answered goes back into it before the request, with the clock stopped where the stand-in's was.
import { describe, expect, it } from 'vitest'
import { createRefreshAndLogoutApp } from '../lessons/refresh-and-logout/refresh-and-logout-app'
import { directPasswordVerifier } from '../testing/argon2-direct-verifier'
import { seededRandomIds } from '../testing/current-fastapi/seeded-random-ids'
import { TEST_CONTEXT, send } from '../testing/test-exchange'
import { buildTestClientTest } from './testclient-test'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0, 250)
const context = { ...TEST_CONTEXT, lessonId: 'refresh-and-logout' }
const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

function sourceOf(exchange: Awaited<ReturnType<typeof send>>): string {
  const copy = buildTestClientTest(exchange)
  if (copy?.kind !== 'test') throw new Error('no test')
  return copy.source
}

describe('a TestClient test of a stateful app', { timeout: 20_000 }, () => {
  it('puts back the refresh token a refresh found, and accepts any new pair', async () => {
    const app = createRefreshAndLogoutApp({
      passwords: directPasswordVerifier,
      now: () => NOW,
      release: 'current',
      randomId: seededRandomIds(),
    })
    const at = { context, standInTime: NOW }
    const login = await send(app, 'POST', '/token', {
      ...at,
      headers: FORM,
      body: 'grant_type=password&username=johndoe&password=secret',
    })
    const { refresh_token: refreshToken, access_token: accessToken } = JSON.parse(login.response?.body ?? '{}') as {
      refresh_token: string
      access_token: string
    }
    const loginTest = sourceOf(login)
    expect(loginTest).not.toContain('monkeypatch')
    expect(loginTest).toContain(
      '    # Each login signs a new JWT and draws a new random refresh token: any tokens will do.\n' +
        '    assert response.json() == {\n' +
        '        "access_token": ANY,\n' +
        '        "token_type": "bearer",\n' +
        '        "expires_in": 300,\n' +
        '        "refresh_token": ANY,\n' +
        '    }',
    )

    const refreshed = await send(app, 'POST', '/token', {
      ...at,
      headers: FORM,
      body: `grant_type=refresh_token&refresh_token=${refreshToken}`,
    })
    const refreshTest = sourceOf(refreshed)
    expect(refreshTest).toContain('import time_machine\nfrom fastapi.testclient import TestClient\n\nimport main\n')
    expect(refreshTest).toContain(
      '# time_machine stops the app’s clock there, so what it remembered is judged as it was then.',
    )
    expect(refreshTest).toContain(
      '@time_machine.travel(ANSWERED_AT, tick=False)\ndef test_post_token_answers_200(monkeypatch):\n' +
        '    # What main.py remembered when the playground answered:\n' +
        '    # main.py’s refresh_tokens gets this entry, for this test only.\n' +
        '    monkeypatch.setitem(\n' +
        '        main.refresh_tokens,\n' +
        `        "${refreshToken}",\n` +
        '        {\n' +
        '            "username": "johndoe",\n' +
        '            "session": "gC_DsZdQrTYKqJSCIDxqow",\n' +
        '            "expires_at": 1769083200,\n' +
        '        },\n' +
        '    )\n',
    )

    await send(app, 'POST', '/logout', { ...at, headers: { authorization: `Bearer ${accessToken}` } })
    const revoked = await send(app, 'GET', '/users/me/', { ...at, headers: { authorization: `Bearer ${accessToken}` } })
    expect(sourceOf(revoked)).toContain(
      '    monkeypatch.setitem(main.revoked_jtis, "u8P_3dczx3vIwb5z8hOdAg", 1768478700)\n',
    )
  })
})
