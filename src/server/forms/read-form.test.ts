import { describe, expect, it } from 'vitest'
import { parseUrlencoded, readForm } from './read-form'

function post(body: BodyInit | null, contentType?: string): Request {
  return new Request('http://testserver/token', {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  })
}

describe('parseUrlencoded', () => {
  it('decodes + and %XX, keeps values untrimmed and lets the last duplicate win', () => {
    const values = parseUrlencoded('username=first&username=a+b%20c&password=%20p%26q%20&scope=x+y')
    expect(Object.fromEntries(values)).toEqual({ username: 'a b c', password: ' p&q ', scope: 'x y' })
  })

  it('gives a field without = an empty value and skips empty fields', () => {
    expect(Object.fromEntries(parseUrlencoded('username&&password=p'))).toEqual({ username: '', password: 'p' })
  })

  it('ends fields at & only: a ; is part of the value', () => {
    expect(Object.fromEntries(parseUrlencoded('username=u;password=p&scope=a;b'))).toEqual({
      username: 'u;password=p',
      scope: 'a;b',
    })
  })

  it('as FastAPI 0.92 (python-multipart 0.0.5), also ends a field at ; once no & is left', () => {
    expect(Object.fromEntries(parseUrlencoded('username=u;password=p', '0.92'))).toEqual({
      username: 'u',
      password: 'p',
    })
    expect(Object.fromEntries(parseUrlencoded('scope=a;b&username=u', '0.92'))).toEqual({ scope: 'a;b', username: 'u' })
  })
})

describe('readForm', () => {
  it('reads urlencoded bodies, with or without a charset', async () => {
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'Application/X-WWW-Form-Urlencoded;charset=UTF-8',
    ]) {
      const result = await readForm(post('username=u&password=p', contentType))
      expect(result.ok && Object.fromEntries(result.values)).toEqual({ username: 'u', password: 'p' })
    }
  })

  it('reads multipart bodies', async () => {
    const body = new FormData()
    body.set('username', 'u')
    body.set('scope', 'a b')
    const result = await readForm(post(body))
    expect(result.ok && Object.fromEntries(result.values)).toEqual({ username: 'u', scope: 'a b' })
  })

  it('reads raw bytes of a urlencoded body as Latin-1, 0x80–0x9F included', async () => {
    const result = await readForm(
      post(Uint8Array.from([0x75, 0x3d, 0xe2, 0x82, 0xac]), 'application/x-www-form-urlencoded'),
    )
    expect(result.ok && Object.fromEntries(result.values)).toEqual({ u: '\u00e2\u0082\u00ac' })
  })

  it('keeps the parts a multipart body finished before it stopped', async () => {
    const body =
      '--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nu\r\n--b\r\nContent-Disposition: form-da'
    const result = await readForm(post(body, 'multipart/form-data; boundary=b'))
    expect(result.ok && Object.fromEntries(result.values)).toEqual({ username: 'u' })
  })

  it('as FastAPI 0.92, reads no form when the media type before `;` has capitals or spaces', async () => {
    for (const [contentType, body] of [
      ['Application/X-WWW-Form-Urlencoded; charset=UTF-8', 'username=u'],
      ['application/x-www-form-urlencoded ; charset=UTF-8', 'username=u'],
      ['Multipart/Form-Data; boundary=b', '--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nu\r\n--b--'],
    ] as const) {
      expect(await readForm(post(body, contentType))).toMatchObject({ ok: true, values: new Map([['username', 'u']]) })
      expect(await readForm(post(body, contentType), '0.92')).toMatchObject({ ok: true, values: new Map() })
    }
  })

  it('treats JSON, plain text and a missing content type as an empty form', async () => {
    for (const request of [
      post('{"username":"u","password":"p"}', 'application/json'),
      post('username=u&password=p', 'text/plain'),
      new Request('http://testserver/token', { method: 'POST' }),
    ]) {
      const result = await readForm(request)
      expect(result.ok && result.values.size).toBe(0)
    }
  })

  it('refuses a multipart body that does not parse with Starlette’s detail, or FastAPI 0.92’s', async () => {
    const garbage = () => post('username=u&password=p', 'multipart/form-data; boundary=b')
    expect(await readForm(garbage())).toMatchObject({ ok: false, detail: 'Invalid multipart data.' })
    expect(await readForm(garbage(), '0.92')).toMatchObject({
      ok: false,
      detail: 'There was an error parsing the body',
    })
  })

  it('refuses a multipart body without a boundary, as Starlette does', async () => {
    expect(await readForm(post('username=u', 'multipart/form-data'))).toMatchObject({
      ok: false,
      detail: 'Missing boundary in multipart.',
    })
  })
})
