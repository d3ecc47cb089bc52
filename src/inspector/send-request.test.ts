import { describe, expect, it } from 'vitest'
import { buildSendRequest, COOKIE_REFUSED, type SendDraft } from './send-request'

const ROOT = 'http://127.0.0.1:4174/learn/oauth2/'
const draft = (overrides: Partial<SendDraft>): SendDraft => ({
  method: 'GET',
  path: '/items/',
  headers: '',
  form: '',
  ...overrides,
})

describe('buildSendRequest', () => {
  it('puts a FastAPI path below the API root, query string included', () => {
    const built = buildSendRequest(draft({ path: '/items?x=1' }), ROOT)
    expect(built).toMatchObject({ ok: true, url: `${ROOT}items?x=1`, init: { method: 'GET' } })
  })

  it('keeps a path that looks like another host on the playground’s own host', () => {
    expect(buildSendRequest(draft({ path: '//evil.example/x' }), ROOT)).toMatchObject({
      ok: true,
      url: `${ROOT}/evil.example/x`,
    })
  })

  it('refuses a Cookie header, which fetch would drop, and says the jar sends the cookies', () => {
    for (const headers of ['Cookie: access_token=abc', 'X-Test: 1\n cookie : a=b']) {
      expect(buildSendRequest(draft({ headers }), ROOT)).toEqual({ ok: false, problem: COOKIE_REFUSED })
    }
    expect(COOKIE_REFUSED).toMatch(/cookie jar adds the cookies/)
    expect(buildSendRequest(draft({ headers: 'X-Cookie: a=b' }), ROOT)).toMatchObject({ ok: true })
  })

  it('sends each "Name: value" line as a header, keeping colons in the value', () => {
    const built = buildSendRequest(draft({ headers: 'Authorization: Bearer a:b\n\nX-Test:  spaced  ' }), ROOT)
    if (!built.ok) throw new Error(built.problem)
    expect(built.init.headers.get('authorization')).toBe('Bearer a:b')
    expect(built.init.headers.get('x-test')).toBe('spaced')
  })

  it('sends an empty header value, as in "Authorization: Bearer" with nothing after', () => {
    const built = buildSendRequest(draft({ headers: 'Authorization: Bearer' }), ROOT)
    if (!built.ok) throw new Error(built.problem)
    expect(built.init.headers.get('authorization')).toBe('Bearer')
  })

  it('sends a form as urlencoded unless a content type is given', () => {
    const form = buildSendRequest(draft({ method: 'post', path: '/token', form: 'username=johndoe' }), ROOT)
    expect(form).toMatchObject({ ok: true, init: { method: 'POST', body: 'username=johndoe' } })
    if (form.ok) expect(form.init.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    const json = buildSendRequest(
      draft({ method: 'POST', path: '/token', headers: 'Content-Type: application/json', form: '{}' }),
      ROOT,
    )
    if (json.ok) expect(json.init.headers.get('content-type')).toBe('application/json')
  })

  it.each([
    ['a path without its leading slash', draft({ path: 'items/' }), 'starting with /'],
    ['a path that climbs out of the app', draft({ path: '/../../etc' }), 'leads out of the app'],
    ['a header line without a colon', draft({ headers: 'Authorization Bearer x' }), 'Header line 1'],
    ['a header name with a space', draft({ headers: 'Bad Name: x' }), 'will not send'],
    ['a form on a GET', draft({ form: 'a=b' }), 'cannot carry a form body'],
  ])('refuses %s with a clear message', (_case, input, message) => {
    const built = buildSendRequest(input, ROOT)
    expect(built.ok).toBe(false)
    if (!built.ok) expect(built.problem).toContain(message)
  })
})
