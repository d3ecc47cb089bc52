// The inspector's marks on answers given as FastAPI 0.92: taken from the server's record, shown in
// the exchange's "Why" and absent on answers today's FastAPI would give the same way.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { ExchangeDetail } from './exchange-detail'
import { explainExchange } from './explain-exchange'
import { send } from '../testing/test-exchange'
import { linkTokens } from './token-links'

const old = createSimpleOAuth2App(new Set(), '0.92')
const today = createSimpleOAuth2App()
const nobody = { headers: { authorization: 'Bearer nobody' } }

function render(exchange: Awaited<ReturnType<typeof send>>) {
  return renderToStaticMarkup(
    <ExchangeDetail
      exchange={exchange}
      links={linkTokens([exchange])}
      tokenUrl="token"
      origin="http://127.0.0.1:8000"
      onSelectSeq={() => undefined}
      onResent={() => undefined}
    />,
  )
}

describe('release marks', () => {
  it('name the release that changed an answer FastAPI 0.92 gave differently', async () => {
    const explanation = explainExchange(await send(old, 'GET', '/users/me', nobody))
    expect(explanation.releaseMarks).toEqual([
      'FastAPI 0.122.0 changed this: today it answers 401 “Not authenticated” (#13786).',
    ])
  })

  it('list every change an answer met, in order', async () => {
    const explanation = explainExchange(
      await send(old, 'GET', '/users/me', { headers: { authorization: 'Bearer  johndoe' } }),
    )
    expect(explanation.releaseMarks.map((mark) => mark.slice(0, 'FastAPI 0.122.0'.length))).toEqual([
      'FastAPI 0.128.1',
      'FastAPI 0.122.0',
    ])
  })

  it('are absent where FastAPI 0.92 answered as today, and on today’s FastAPI', async () => {
    expect(explainExchange(await send(old, 'GET', '/users/me')).releaseMarks).toEqual([])
    expect(explainExchange(await send(today, 'GET', '/users/me', nobody)).releaseMarks).toEqual([])
  })

  it('show in the exchange detail with the release answered as', async () => {
    const html = render(await send(old, 'GET', '/users/me', nobody))
    expect(html).toContain('Answered as FastAPI 0.92')
    expect(html).toContain('FastAPI 0.122.0 changed this: today it answers 401 “Not authenticated” (#13786).')
    expect(render(await send(today, 'GET', '/users/me', nobody))).not.toContain('changed this')
  })

  it('explain a 422 in Pydantic 1’s words', async () => {
    const explanation = explainExchange(
      await send(old, 'POST', '/token', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=xpassword&username=&password=secret',
      }),
    )
    expect(explanation.summary).toBe(
      'The form field grant_type is "xpassword", which does not start with password; the form field username is ' +
        'empty, and FastAPI treats an empty field as missing, so FastAPI answered 422 before login() ran.',
    )
  })
})
