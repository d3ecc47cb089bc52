// "Copy as a TestClient test": the module it writes, the headers it keeps, redirects, the document
// below a root path, and the exchanges it writes no test for.
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { lesson as firstSteps } from '../lessons/first-steps/lesson'
import { STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { buildCurl } from './curl'
import { TEST_CONTEXT, TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { body, build, testOf } from './testing/testclient-sources'
import { buildTestClientTest, testName } from './testclient-test'

const tutorial = createFirstStepsApp(new Set())
const withToken = createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH]))

describe('copy as a TestClient test', () => {
  it('replays a 401 against the lesson’s main.py, with the headers curl keeps', async () => {
    const call = await send(tutorial, 'GET', '/items/', {
      headers: {
        accept: 'application/json',
        authorization: 'Token alice',
        origin: 'http://localhost:5173',
        'sec-fetch-mode': 'cors',
        'user-agent': 'Chromium',
      },
    })
    expect(testOf(call)).toBe(
      [
        '# Replays a Bearer Playground exchange against the main.py of the lesson "first-steps":',
        '# save it as test_main.py beside that main.py and run pytest.',
        'from fastapi.testclient import TestClient',
        '',
        'from main import app',
        '',
        'client = TestClient(app)',
        '',
        '',
        'def test_get_items_answers_401():',
        '    response = client.get(',
        '        "/items/",',
        '        headers={"accept": "application/json", "authorization": "Token alice"},',
        '    )',
        '    assert response.status_code == 401',
        '    assert response.headers["www-authenticate"] == "Bearer"',
        '    assert response.json() == {"detail": "Not authenticated"}',
        '',
      ].join('\n'),
    )
  })

  it('sends the headers "Copy as curl" sends, leaving out only the Content-Type httpx writes itself', () => {
    const headers: [string, string][] = [
      ['accept', 'application/json, text/plain, */*'],
      ['authorization', 'Basic Og=='],
      ['content-type', 'application/x-www-form-urlencoded'],
      ['origin', 'http://localhost:5173'],
      ['referer', 'http://localhost:5173/learn/oauth2/'],
      ['sec-fetch-site', 'same-origin'],
      ['x-bearer-playground-request', '7'],
      ['x-requested-with', 'XMLHttpRequest'],
      ['x-custom', 'kept'],
    ]
    const login = exchange({
      request: { method: 'POST', url: `${TEST_ROOT}token`, headers, body: 'username=johndoe&password=secret' },
      response: { status: 200, body: '{"access_token":"johndoe","token_type":"bearer"}' },
    })
    const curlNames = [...buildCurl(login, 'http://127.0.0.1:8000').matchAll(/-H '([^:]+):/g)].map((match) => match[1])
    expect(curlNames).toEqual(['accept', 'authorization', 'content-type', 'x-requested-with', 'x-custom'])
    expect(body(testOf(login)).slice(0, 11)).toEqual([
      '    response = client.post(',
      '        "/token",',
      '        headers={',
      '            "accept": "application/json, text/plain, */*",',
      '            "authorization": "Basic Og==",',
      '            "x-requested-with": "XMLHttpRequest",',
      '            "x-custom": "kept",',
      '        },',
      '        data={"username": "johndoe", "password": "secret"},',
      '    )',
      '    assert response.status_code == 200',
    ])
    // With a charset, the Content-Type is not the one httpx would write: it is sent as it was.
    const withCharset = exchange({
      request: {
        method: 'POST',
        url: `${TEST_ROOT}token`,
        headers: [['content-type', 'application/x-www-form-urlencoded; charset=UTF-8']],
        body: 'username=johndoe',
      },
      response: { status: 422, body: '{}' },
    })
    expect(testOf(withCharset)).toContain(
      '        headers={"content-type": "application/x-www-form-urlencoded; charset=UTF-8"},\n',
    )
  })

  it('gives nothing for an exchange without a response', () => {
    const pending = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` } })
    const failed = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` }, failure: 'boom' })
    expect(buildTestClientTest(pending)).toBeUndefined()
    expect(buildTestClientTest(failed)).toBeUndefined()
  })

  it('writes no test for an exchange a switch answered with a route main.py lacks, and says so', async () => {
    const login = await send(withToken, 'POST', '/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=alice&password=secret',
    })
    expect(buildTestClientTest(login, { switches: firstSteps.switches })).toEqual({
      kind: 'no-test',
      reason:
        'No test for this exchange: the playground’s switch “Add a stand-in /token endpoint (not part of the ' +
        'tutorial)” answered it, with a route that main.py does not have.',
    })
    // The tutorial's own routes answer the same with the switch on: their tests are written.
    const items = await send(withToken, 'GET', '/items/', { headers: { authorization: 'Bearer alice' } })
    expect(buildTestClientTest(items, { switches: firstSteps.switches })?.kind).toBe('test')
  })

  it('does not follow a redirect, and asserts its location as TestClient’s host would give it', async () => {
    const apiRoot = `${TEST_ROOT}api/v1/`
    const redirected = await send(tutorial, 'GET', '/items?x=1', { context: { ...TEST_CONTEXT, apiRoot } })
    expect(body(testOf(redirected))).toEqual([
      '    response = client.get("/items?x=1", follow_redirects=False)',
      '    assert response.status_code == 307',
      '    assert response.headers["location"] == "http://testserver/items/?x=1"',
      '    assert response.content == b""',
    ])
  })

  it('serves the OpenAPI document below the playground’s root path, which FastAPI writes into servers', async () => {
    const document = await send(tutorial, 'GET', '/openapi.json')
    const text = testOf(document)
    expect(text).toContain(
      '# The playground serves the app below /learn/oauth2, as FastAPI behind a proxy with that root_path.\n' +
        'client = TestClient(app, root_path="/learn/oauth2")\n',
    )
    expect(body(text).slice(2, 6)).toEqual([
      '    assert response.json() == {',
      '        "openapi": "3.1.0",',
      '        "info": {"title": "FastAPI", "version": "0.1.0"},',
      '        "servers": [{"url": "/learn/oauth2"}],',
    ])
    const atTheRoot = { ...TEST_CONTEXT, apiRoot: 'http://localhost:5173/' }
    expect(testOf(await send(tutorial, 'GET', '/openapi.json', { context: atTheRoot }))).toContain(
      '\nclient = TestClient(app)\n',
    )
    // Only the document depends on it.
    expect(testOf(await send(tutorial, 'GET', '/items/'))).toContain('\nclient = TestClient(app)\n')
  })

  it('compares a body that is not JSON as text, and keeps a 500 from being raised', () => {
    const text = build({
      request: { method: 'GET', url: `${TEST_ROOT}boom` },
      response: { status: 500, body: 'Internal Server Error' },
    })
    expect(text).toContain('client = TestClient(app, raise_server_exceptions=False)')
    expect(text).toContain('    assert response.text == "Internal Server Error"')
  })

  it('names the lesson only when the exchange knows it', () => {
    const text = build({
      context: { ...TEST_CONTEXT, lessonId: '' },
      request: { method: 'GET', url: `${TEST_ROOT}items/` },
      response: { status: 401 },
    })
    expect(text.split('\n')[0]).toBe('# Replays a Bearer Playground exchange against the lesson’s main.py:')
  })
})

describe('test names', () => {
  it('are snake_case identifiers from method, path (without the query) and status', () => {
    expect(testName('POST', '/token', 200)).toBe('test_post_token_answers_200')
    expect(testName('GET', '/users/me/items/?q=1', 401)).toBe('test_get_users_me_items_answers_401')
    expect(testName('GET', '/', 404)).toBe('test_get_root_answers_404')
    expect(testName('M-SEARCH', '/caf%C3%A9/ü', 405)).toBe('test_m_search_caf_c3_a9_answers_405')
  })
})
