import { describe, expect, it } from 'vitest'
import { lesson } from '../lessons/third-party-login/lesson'
import { createThirdPartyLoginApp } from '../lessons/third-party-login/third-party-login-app'
import { directPasswordVerifier } from '../testing/argon2-direct-verifier'
import { TEST_CONTEXT, TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { buildTestClientTest } from './testclient-test'

const SITE = new URL(TEST_ROOT)
const app = createThirdPartyLoginApp({
  passwords: directPasswordVerifier,
  now: () => 0,
  release: 'current',
  site: SITE,
})
const context = { ...TEST_CONTEXT, lessonId: 'third-party-login', site: SITE.href }
const options = { switches: [], ...(lesson.mainPySetup && { mainPySetup: lesson.mainPySetup }) }

describe('a copied TestClient test of a lesson whose main.py trusts an identity provider', () => {
  it('sets IDP_ISSUER before importing main.py, and hands jwks_client the provider’s keys', async () => {
    const call = await send(app, 'GET', '/users/me', { context, headers: { authorization: 'Bearer x' } })
    const copy = buildTestClientTest(call, options)
    if (copy?.kind !== 'test') throw new Error('no test')
    const lines = copy.source.split('\n')
    const environment = lines.indexOf(`os.environ["IDP_ISSUER"] = "${TEST_ROOT}realms/playground"`)
    expect(environment).toBeGreaterThan(lines.indexOf('import os'))
    expect(lines.indexOf('import main  # noqa: E402')).toBeGreaterThan(environment)
    expect(lines.indexOf('from main import app  # noqa: E402')).toBeGreaterThan(environment)
    expect(copy.source).toContain('PLAYGROUND_JWKS = {')
    expect(copy.source).toContain('"kid": "x11ZxuMtCkVBDWKVHtD0H7D0jy6zFtye_uMmazOldYs"')
    expect(copy.source).toContain('def test_get_users_me_answers_401(monkeypatch):')
    expect(copy.source).toContain('    monkeypatch.setattr(main.jwks_client, "fetch_data", lambda: PLAYGROUND_JWKS)')
  })

  it('patches no fetch for a request that carried no credentials', async () => {
    const call = await send(app, 'GET', '/users/me', { context })
    const copy = buildTestClientTest(call, options)
    expect(copy?.kind === 'test' && copy.source).toContain('def test_get_users_me_answers_401():')
  })

  it('writes no test of what the provider answered, and says why', () => {
    const login = exchange({
      context,
      request: { method: 'POST', url: `${TEST_ROOT}realms/playground/protocol/openid-connect/token` },
      response: {
        status: 400,
        body: '{"error":"invalid_grant"}',
        record: {
          method: 'POST',
          path: '/realms/playground/protocol/openid-connect/token',
          rootPath: '/learn/oauth2',
          status: 400,
          steps: [
            {
              stage: 'identity-provider',
              endpoint: 'token',
              result: 'refused',
              why: 'replayed',
              check: 'code-replayed',
            },
          ],
        },
      },
    })
    expect(buildTestClientTest(login, options)).toEqual({
      kind: 'no-test',
      reason:
        'No test for this exchange: the playground’s stand-in identity provider answered it, a third party’s ' +
        'server that main.py does not contain. main.py only checks the tokens the provider signs.',
    })
  })
})
