import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCAL_ORIGIN, buildCurl, normalizeOrigin, shellQuote } from './curl'
import { MASK } from './formatters'
import { TEST_CONTEXT, TEST_ROOT, exchange } from '../testing/test-exchange'

const login = exchange({
  request: {
    method: 'POST',
    url: `${TEST_ROOT}token`,
    headers: [
      ['accept', 'application/json, text/plain, */*'],
      ['authorization', 'Basic Og=='],
      ['content-type', 'application/x-www-form-urlencoded'],
      ['user-agent', 'Chromium'],
      ['sec-fetch-mode', 'cors'],
      ['x-requested-with', 'XMLHttpRequest'],
    ],
    body: 'grant_type=password&username=alice&password=secret',
  },
})

describe('copy as curl', () => {
  it('aims the token request at the local app, with the headers the client chose and the form', () => {
    expect(buildCurl(login, DEFAULT_LOCAL_ORIGIN)).toBe(
      [
        "curl -X POST 'http://127.0.0.1:8000/token'",
        "-H 'accept: application/json, text/plain, */*'",
        "-H 'authorization: Basic Og=='",
        "-H 'content-type: application/x-www-form-urlencoded'",
        "-H 'x-requested-with: XMLHttpRequest'",
        "--data-raw 'grant_type=password&username=alice&password=secret'",
      ].join(' \\\n  '),
    )
  })

  it('masks the password only for the screen', () => {
    expect(buildCurl(login, DEFAULT_LOCAL_ORIGIN, { maskSecrets: true })).toContain(`password=${MASK}'`)
  })

  it('keeps the path below a proxy’s API root and the query string, and no -X for GET', () => {
    const apiRoot = `${TEST_ROOT}api/v1/`
    const call = exchange({
      context: { ...TEST_CONTEXT, apiRoot },
      request: { method: 'GET', url: `${apiRoot}items?x=1`, headers: [['authorization', 'Bearer alice']] },
    })
    expect(buildCurl(call, 'http://localhost:9000')).toBe(
      "curl 'http://localhost:9000/items?x=1' \\\n  -H 'authorization: Bearer alice'",
    )
  })

  it('quotes single quotes for the shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
  })

  it('accepts http(s) origins and drops trailing slashes', () => {
    expect(normalizeOrigin(' http://127.0.0.1:8000/ ')).toBe('http://127.0.0.1:8000')
    expect(normalizeOrigin('https://example.test/app/')).toBe('https://example.test/app')
    expect(normalizeOrigin('ftp://example.test')).toBeUndefined()
    expect(normalizeOrigin('not a url')).toBeUndefined()
  })
})
