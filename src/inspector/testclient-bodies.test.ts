// "Copy as a TestClient test" for the bodies Swagger UI sends: the password form, repeated
// fields, JSON and other content, and methods without a helper of their own.
import { describe, expect, it } from 'vitest'
import { MASK } from './formatters'
import { TEST_ROOT, exchange } from '../testing/test-exchange'
import { body, build, testOf } from './testing/testclient-sources'

describe('copy as a TestClient test: request bodies', () => {
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
})
