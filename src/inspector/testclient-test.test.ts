import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { lesson as firstSteps } from '../lessons/first-steps/lesson'
import { lesson as oauth2Jwt } from '../lessons/oauth2-jwt/lesson'
import { STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { buildCurl } from './curl'
import { MASK } from './formatters'
import { base64UrlEncode } from './jwt'
import { TEST_CONTEXT, TEST_ROOT, exchange, send, type ExchangeParts } from '../testing/test-exchange'
import { buildTestClientTest, testName, type TestClientTestOptions } from './testclient-test'

// {"alg":"HS256","typ":"JWT"} . {"sub":"johndoe","exp":4102444800}: a JWT that expires in 2100.
const JWT_2100 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjo0MTAyNDQ0ODAwfQ.4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg'

// The same claims with exp at 2001-09-09T01:46:40Z, long gone (the signature is not read here).
const JWT_2001 = `${JWT_2100.split('.')[0] ?? ''}.${base64UrlEncode('{"sub":"johndoe","exp":1000000000}')}.c2ln`
// 2026-01-02T03:04:05.678Z, in milliseconds: the stand-in's clock in these exchanges.
const ANSWERED = Date.UTC(2026, 0, 2, 3, 4, 5, 678)

const tutorial = createFirstStepsApp(new Set())
const withToken = createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH]))

/** The test's source, for an exchange that has one. */
function testOf(exchanged: Parameters<typeof buildTestClientTest>[0], options: TestClientTestOptions = {}): string {
  const copy = buildTestClientTest(exchanged, options)
  if (copy?.kind !== 'test') throw new Error(`no test for this exchange: ${JSON.stringify(copy)}`)
  return copy.source
}

function build(parts: ExchangeParts, options: TestClientTestOptions = {}): string {
  return testOf(exchange(parts), options)
}

/** The lines of the test function's body, without the module's header. */
function body(text: string): string[] {
  return text.slice(text.indexOf('\ndef ')).trim().split('\n').slice(1)
}

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

  it('sends the password form as data=, in order, with the real password copied and masked on screen', () => {
    const login = exchange({
      request: {
        method: 'POST',
        url: `${TEST_ROOT}token`,
        headers: [
          ['content-type', 'application/x-www-form-urlencoded'],
          ['authorization', 'Basic YWxpY2U6czNjcmV0'],
        ],
        body: 'grant_type=password&username=alice&password=secret&client_secret=shh',
      },
      response: { status: 200, body: '{"access_token":"alice","token_type":"bearer"}' },
    })
    expect(body(testOf(login))).toEqual([
      '    response = client.post(',
      '        "/token",',
      '        headers={"authorization": "Basic YWxpY2U6czNjcmV0"},',
      '        data={',
      '            "grant_type": "password",',
      '            "username": "alice",',
      '            "password": "secret",',
      '            "client_secret": "shh",',
      '        },',
      '    )',
      '    assert response.status_code == 200',
      '    assert response.json() == {"access_token": "alice", "token_type": "bearer"}',
    ])
    const shown = testOf(login, { maskSecrets: true })
    expect(shown).toContain(`            "password": "${MASK}",\n            "client_secret": "${MASK}",\n`)
    expect(shown).toContain(`headers={"authorization": "Basic ${MASK}"}`)
    expect(shown).not.toContain('"secret"')
    expect(shown).not.toContain('"shh"')
    expect(shown).not.toContain('YWxpY2U6czNjcmV0')
  })

  it('leaves Swagger UI’s empty Basic credentials and empty passwords visible: there is nothing to hide', () => {
    const shown = build(
      {
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
      },
      { maskSecrets: true },
    )
    expect(shown).toContain(
      '        headers={"authorization": "Basic Og=="},\n        data={"username": "alice", "password": ""},\n',
    )
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

  it('adds the switch’s user to fake_users_db for the test, where the answer shows she was found', () => {
    const jwt = { ...TEST_CONTEXT, lessonId: 'oauth2-jwt' }
    const form = 'grant_type=password&username=alice&password=secretalice'
    const login = (status: number, answer: string) =>
      build(
        {
          context: jwt,
          request: {
            method: 'POST',
            url: `${TEST_ROOT}token`,
            headers: [['content-type', 'application/x-www-form-urlencoded']],
            body: form,
          },
          response: { status, body: answer },
        },
        { switches: oauth2Jwt.switches },
      )
    const found = login(200, JSON.stringify({ access_token: JWT_2100, token_type: 'bearer' }))
    expect(found).toContain(
      'from unittest.mock import ANY\n\nfrom fastapi.testclient import TestClient\n\nimport main\nfrom main import app\n',
    )
    expect(body(found).slice(0, 14)).toEqual([
      '    # As the playground’s switch “Add the disabled user alice (not part of the tutorial)” did:',
      '    # main.py’s fake_users_db gets this entry, for this test only.',
      '    monkeypatch.setitem(',
      '        main.fake_users_db,',
      '        "alice",',
      '        {',
      '            "username": "alice",',
      '            "full_name": "Alice Wonderson",',
      '            "email": "alice@example.com",',
      '            "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$ApTCcgY+bGkviYX3Dv61cg$0uIIV/zWkRP41YcERikNWAdYDhWOW3LiViDBEbnwjvs",',
      '            "disabled": True,',
      '        },',
      '    )',
      '    response = client.post(',
    ])
    expect(found).toContain('def test_post_token_answers_200(monkeypatch):')
    // A refused login answers the same whether or not she is there: main.py is left as it is.
    const refused = login(401, '{"detail":"Incorrect username or password"}')
    expect(refused).not.toContain('monkeypatch')
    expect(refused).not.toContain('import main\n')
    const inactive = build(
      {
        context: jwt,
        request: { method: 'GET', url: `${TEST_ROOT}users/me/`, headers: [['authorization', `Bearer ${JWT_2100}`]] },
        response: { status: 400, body: '{"detail":"Inactive user"}' },
      },
      { switches: oauth2Jwt.switches },
    )
    expect(inactive).toContain('    monkeypatch.setitem(\n        main.fake_users_db,\n        "alice",\n')
  })

  it('sends a repeated form field once per value, as a list: the app keeps the last, as it did here', () => {
    const lines = body(
      build({
        request: {
          method: 'POST',
          url: `${TEST_ROOT}token`,
          headers: [['content-type', 'application/x-www-form-urlencoded']],
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
      '        headers={"content-type": "application/json; charset=utf-8"},',
      '        json=[],',
    ])
    expect(post('text/plain', 'not "json"').slice(2, 4)).toEqual([
      '        headers={"content-type": "text/plain"},',
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

  it('stops the app’s clock where the stand-in’s was when it judged a carried JWT', async () => {
    const call = await send(tutorial, 'GET', '/items/', {
      headers: { authorization: `Bearer ${JWT_2100}` },
      standInTime: ANSWERED,
    })
    const text = testOf(call)
    expect(text.split('\n').slice(0, 18)).toEqual([
      '# Replays a Bearer Playground exchange against the main.py of the lesson "first-steps":',
      '# save it as test_main.py beside that main.py and run pytest.',
      '# It stops the clock with time-machine: pip install time-machine',
      'from datetime import datetime',
      '',
      'import time_machine',
      'from fastapi.testclient import TestClient',
      '',
      'from main import app',
      '',
      'client = TestClient(app)',
      '',
      '# When the playground answered, by the stand-in’s clock (and the lesson clock, if you moved it):',
      '# time_machine stops the app’s clock there, so the JWT is judged as it was then, any day.',
      'ANSWERED_AT = datetime.fromisoformat("2026-01-02T03:04:05.678+00:00")',
      '',
      '',
      '@time_machine.travel(ANSWERED_AT, tick=False)',
    ])
    expect(body(text)[0]).toBe(
      '    # The JWT’s exp claim says 2100-01-01T00:00:00Z: at ANSWERED_AT it had not passed yet.',
    )
    const expired = await send(tutorial, 'GET', '/items/', {
      headers: { authorization: `Bearer ${JWT_2001}` },
      standInTime: ANSWERED,
    })
    expect(body(testOf(expired))[0]).toBe(
      '    # The JWT’s exp claim says 2001-09-09T01:46:40Z: at ANSWERED_AT it had passed.',
    )
  })

  it('warns that a carried JWT expires when the stand-in’s clock is unknown', async () => {
    const call = await send(tutorial, 'GET', '/items/', { headers: { authorization: `Bearer ${JWT_2100}` } })
    const text = testOf(call)
    expect(text).not.toContain('time_machine')
    expect(body(text).slice(0, 3)).toEqual([
      '    # This JWT expires at 2100-01-01T00:00:00Z (its exp claim). Once it has, an app that verifies it',
      '    # answers 401 and this test fails: log in again and paste the fresh token here.',
      '    response = client.get(',
    ])
  })

  it('gives JWT treatment only to a token that decodes as one, not to any value with two dots', async () => {
    for (const token of ['a.b.c', 'alice', `${JWT_2100.slice(0, 20)}.x.y`]) {
      const call = await send(tutorial, 'GET', '/items/', {
        headers: { authorization: `Bearer ${token}` },
        standInTime: ANSWERED,
      })
      const text = testOf(call)
      expect(text).not.toContain('exp claim')
      expect(text).not.toContain('time_machine')
    }
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
    // A token that is not a JWT (the stand-in /token's username) is compared as it is.
    const plain = build({
      request: { method: 'POST', url: `${TEST_ROOT}token`, body: '' },
      response: { status: 200, body: JSON.stringify({ access_token: 'a.b.c', token_type: 'bearer' }) },
    })
    expect(plain).not.toContain('ANY')
    expect(plain).toContain('    assert response.json() == {"access_token": "a.b.c", "token_type": "bearer"}')
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
