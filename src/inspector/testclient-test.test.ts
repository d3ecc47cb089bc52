import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { MASK } from './formatters'
import { TEST_CONTEXT, TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { buildTestClientTest, pythonLiteral, pythonString, testName } from './testclient-test'

// {"alg":"HS256","typ":"JWT"} . {"sub":"johndoe","exp":4102444800}: a JWT that expires in 2100.
const JWT_2100 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjo0MTAyNDQ0ODAwfQ.4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg'

const tutorial = createFirstStepsApp(new Set())
const withToken = createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH]))

function build(...parts: Parameters<typeof exchange>): string {
  const text = buildTestClientTest(exchange(...parts))
  if (text === undefined) throw new Error('no test for an exchange with a response')
  return text
}

/** The lines of the test function's body, without the module's header. */
function body(text: string): string[] {
  return text.slice(text.indexOf('\ndef ')).trim().split('\n').slice(1)
}

describe('copy as a TestClient test', () => {
  it('replays a 401 against the lesson’s main.py, with only the header the app reads', async () => {
    const call = await send(tutorial, 'GET', '/items/', {
      headers: {
        accept: 'application/json',
        authorization: 'Token alice',
        origin: 'http://localhost:5173',
        'sec-fetch-mode': 'cors',
        'user-agent': 'Chromium',
      },
    })
    expect(buildTestClientTest(call)).toBe(
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
        '    response = client.get("/items/", headers={"Authorization": "Token alice"})',
        '    assert response.status_code == 401',
        '    assert response.headers["www-authenticate"] == "Bearer"',
        '    assert response.json() == {"detail": "Not authenticated"}',
        '',
      ].join('\n'),
    )
  })

  it('gives nothing for an exchange without a response', () => {
    const pending = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` } })
    const failed = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` }, failure: 'boom' })
    expect(buildTestClientTest(pending)).toBeUndefined()
    expect(buildTestClientTest(failed)).toBeUndefined()
  })

  it('sends the password form as data=, in order, with the real password copied and masked on screen', async () => {
    const login = await send(withToken, 'POST', '/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic YWxpY2U6czNjcmV0' },
      body: 'grant_type=password&username=alice&password=secret&client_secret=shh',
    })
    const real = body(buildTestClientTest(login) ?? '')
    expect(real).toEqual([
      '    # This route is the playground’s stand-in, not part of the tutorial: against the',
      '    # tutorial’s main.py the request answers 404 Not Found.',
      '    response = client.post(',
      '        "/token",',
      '        headers={"Authorization": "Basic YWxpY2U6czNjcmV0"},',
      '        data={"grant_type": "password", "username": "alice", "password": "secret", "client_secret": "shh"},',
      '    )',
      '    assert response.status_code == 200',
      '    assert response.json() == {"access_token": "alice", "token_type": "bearer"}',
    ])
    const shown = buildTestClientTest(login, { maskSecrets: true }) ?? ''
    expect(shown).toContain(
      `data={"grant_type": "password", "username": "alice", "password": "${MASK}", "client_secret": "${MASK}"}`,
    )
    expect(shown).toContain(`headers={"Authorization": "Basic ${MASK}"}`)
    expect(shown).not.toContain('"secret"')
    expect(shown).not.toContain('"shh"')
    expect(shown).not.toContain('YWxpY2U6czNjcmV0')
  })

  it('leaves Swagger UI’s empty Basic credentials and empty passwords visible: there is nothing to hide', () => {
    const shown = buildTestClientTest(
      exchange({
        request: {
          method: 'POST',
          url: `${TEST_ROOT}token`,
          headers: [
            ['authorization', 'Basic Og=='],
            ['content-type', 'application/x-www-form-urlencoded'],
          ],
          body: 'username=alice&password=',
        },
        response: { status: 422 },
      }),
      { maskSecrets: true },
    )
    expect(shown).toContain(
      '        headers={"Authorization": "Basic Og=="},\n        data={"username": "alice", "password": ""},\n',
    )
  })

  it('sends a repeated form field once per value, as a list: the app keeps the last, as it did here', () => {
    const lines = body(
      build({
        request: {
          method: 'POST',
          url: `${TEST_ROOT}token`,
          headers: [['content-type', 'application/x-www-form-urlencoded; charset=UTF-8']],
          body: 'scope=me&username=a+b&scope=items%21',
        },
        response: { status: 200, body: '{}' },
      }),
    )
    expect(lines.slice(0, 4)).toEqual([
      '    response = client.post(',
      '        "/token",',
      '        data={"scope": ["me", "items!"], "username": "a b"},',
      '    )',
    ])
  })

  it('sends a JSON body as json=, keeping a Content-Type that httpx would not write', () => {
    const post = (contentType: string, requestBody: string) =>
      body(
        build({
          request: {
            method: 'PUT',
            url: `${TEST_ROOT}items/1`,
            headers: [['content-type', contentType]],
            body: requestBody,
          },
          response: { status: 405, headers: [['allow', 'GET']], body: '{"detail":"Method Not Allowed"}' },
        }),
      )
    expect(post('application/json', '{"a":[1,2.5,true,false,null]}')).toEqual([
      '    response = client.put("/items/1", json={"a": [1, 2.5, True, False, None]})',
      '    assert response.status_code == 405',
      '    assert response.headers["allow"] == "GET"',
      '    assert response.json() == {"detail": "Method Not Allowed"}',
    ])
    expect(post('application/json; charset=utf-8', '[]').slice(1, 4)).toEqual([
      '        "/items/1",',
      '        headers={"Content-Type": "application/json; charset=utf-8"},',
      '        json=[],',
    ])
    expect(post('text/plain', 'not "json"').slice(2, 4)).toEqual([
      '        headers={"Content-Type": "text/plain"},',
      '        content="not \\"json\\"",',
    ])
  })

  it('uses client.request for other methods, for a body on a body-less helper, and for a lower-case method', () => {
    const first = (method: string, requestBody = '') =>
      body(build({ request: { method, url: `${TEST_ROOT}items/`, body: requestBody }, response: { status: 405 } }))[0]
    expect(first('DELETE')).toBe('    response = client.delete("/items/")')
    expect(first('HEAD')).toBe('    response = client.head("/items/")')
    expect(first('OPTIONS')).toBe('    response = client.options("/items/")')
    expect(first('PATCH')).toBe('    response = client.patch("/items/")')
    expect(first('DELETE', '{"id":1}')).toBe('    response = client.request("DELETE", "/items/", json={"id": 1})')
    expect(first('patch')).toBe('    response = client.request("patch", "/items/")')
    expect(first('PROPFIND')).toBe('    response = client.request("PROPFIND", "/items/")')
  })

  it('does not follow a redirect, and asserts its location as TestClient’s host would give it', async () => {
    const apiRoot = `${TEST_ROOT}api/v1/`
    const redirected = await send(tutorial, 'GET', '/items?x=1', { context: { ...TEST_CONTEXT, apiRoot } })
    expect(body(buildTestClientTest(redirected) ?? '')).toEqual([
      '    response = client.get("/items?x=1", follow_redirects=False)',
      '    assert response.status_code == 307',
      '    assert response.headers["location"] == "http://testserver/items/?x=1"',
      '    assert response.content == b""',
    ])
  })

  it('warns above the call that a carried JWT expires, with the time its exp claim gives', async () => {
    const call = await send(tutorial, 'GET', '/items/', { headers: { authorization: `Bearer ${JWT_2100}` } })
    expect(body(buildTestClientTest(call) ?? '').slice(0, 3)).toEqual([
      '    # This JWT expires at 2100-01-01T00:00:00Z (its exp claim). Once it has, an app that verifies it',
      '    # answers 401 and this test fails: log in again and paste the fresh token here.',
      '    response = client.get(',
    ])
    const opaque = await send(tutorial, 'GET', '/items/', { headers: { authorization: 'Bearer a.b.c' } })
    expect(buildTestClientTest(opaque)).toContain('    # This JWT stops working once its exp claim has passed.')
    const plain = await send(tutorial, 'GET', '/items/', { headers: { authorization: 'Bearer alice' } })
    expect(buildTestClientTest(plain)).not.toContain('exp claim')
  })

  it('accepts any freshly signed JWT in a login’s answer, since each login issues a new one', () => {
    const text = build({
      request: { method: 'POST', url: `${TEST_ROOT}token`, body: '' },
      response: { status: 200, body: JSON.stringify({ access_token: JWT_2100, token_type: 'bearer' }) },
    })
    expect(text).toContain('from unittest.mock import ANY\n\nfrom fastapi.testclient import TestClient\n')
    expect(body(text).slice(-2)).toEqual([
      '    # Each login signs a new JWT (its exp counts from the moment of login): any token will do.',
      '    assert response.json() == {"access_token": ANY, "token_type": "bearer"}',
    ])
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

describe('Python literals', () => {
  it('quote strings as Python reads them back', () => {
    expect(pythonString('say "hi"\\')).toBe('"say \\"hi\\"\\\\"')
    expect(pythonString("it's\n\r\t")).toBe('"it\'s\\n\\r\\t"')
    expect(pythonString('\u0000\u007f\u00a0é ü')).toBe('"\\x00\\x7f\\xa0é ü"')
    expect(pythonString('\u2028\ufeff\ud800😀')).toBe('"\\u2028\\ufeff\\ud800😀"')
    expect(pythonString('\u{e0001}')).toBe('"\\U000e0001"')
  })

  it('turn JSON into dicts, lists, True, False and None', () => {
    expect(pythonLiteral(JSON.parse('{"a":{"b":[null,true,false,-1.5e-7,"x"]},"":{}}'))).toBe(
      '{"a": {"b": [None, True, False, -1.5e-7, "x"]}, "": {}}',
    )
  })
})
