import { describe, expect, it } from 'vitest'
import { experiments as jwt } from './oauth2-jwt/experiments'
import { experiments as scopes } from './oauth2-scopes/experiments'
import { experiments as simple } from './simple-oauth2/experiments'
import { answers, detail, formField, observe, queryParameter, request, tokenClaim, withoutHeader } from './observations'
import { handedNone, raisedAt } from './why-observations'
import type { ObservedExchange } from './experiment'

function summaryOf(list: readonly { id: string; observation: { summary: string } }[], id: string): string {
  const found = list.find((experiment) => experiment.id === id)
  if (!found) throw new Error(`no experiment ${id}`)
  return found.observation.summary
}

describe('the “Done when” sentence', () => {
  it('says what was sent, then what came back, then why, whatever order the matchers come in', () => {
    const observation = observe(
      raisedAt('jwt-bad-signature', 'the signature does not match'),
      answers(401),
      tokenClaim('sub', 'alice'),
      request('GET', '/users/me/'),
    )
    expect(observation.summary).toBe(
      'a GET /users/me/ whose token says sub “alice” answers 401 because the signature does not match',
    )
  })

  it('reads as a sentence for the lessons’ experiments', () => {
    expect(summaryOf(jwt, 'forge-sub')).toBe(
      'a GET /users/me/ whose token says sub “alice” answers 401 because the signature does not match',
    )
    expect(summaryOf(jwt, 'drop-signature')).toBe(
      'a GET /users/me/ whose token has no signature answers 401 because the signature does not match',
    )
    expect(summaryOf(simple, 'wrong-password')).toBe(
      'a POST /token with username “johndoe” in the form answers 400 “Incorrect username or password”',
    )
    expect(summaryOf(scopes, 'not-enough-permissions')).toBe(
      'a GET /users/me/items/ answers 401 with www-authenticate: Bearer scope="items me" because the token ' +
        'lacks a scope the route needs',
    )
  })

  it('keeps the order within each part', () => {
    expect(observe(request('POST', '/token'), answers(400), detail('x'), formField('a', 'b')).summary).toBe(
      'a POST /token with a “b” in the form answers 400 “x”',
    )
  })
})

describe('withoutHeader', () => {
  const sent = (headers: Record<string, string>): ObservedExchange => ({
    method: 'GET',
    path: '/items',
    url: 'http://localhost/items',
    answeredBy: 'stand-in',
    sentEarlier: () => false,
    requestHeader: (name) => headers[name.toLowerCase()],
    form: undefined,
    status: 307,
    responseHeader: () => undefined,
    body: '',
    steps: [],
  })

  it('holds only when the request carried no such header, even an empty one', () => {
    const matcher = withoutHeader('Authorization')
    expect(matcher.phrase).toBe('sent without an Authorization header')
    expect(matcher.test(sent({}))).toBe(true)
    expect(matcher.test(sent({ authorization: 'Bearer' }))).toBe(false)
    expect(matcher.test(sent({ authorization: '' }))).toBe(false)
  })
})

describe('handedNone and queryParameter', () => {
  const exchange = (url: string, steps: ObservedExchange['steps']): ObservedExchange => ({
    method: 'GET',
    path: '/reports',
    url,
    answeredBy: 'stand-in',
    sentEarlier: () => false,
    requestHeader: () => undefined,
    form: undefined,
    status: 200,
    responseHeader: () => undefined,
    body: '',
    steps,
  })
  const none = {
    stage: 'security',
    scheme: 'OAuth2PasswordBearer',
    result: 'none',
    reason: 'no-authorization-header',
    sentScheme: null,
  } as const

  it('reads the auto_error=False step of that scheme, for that reason only', () => {
    const matcher = handedNone('OAuth2PasswordBearer', 'no-authorization-header')
    expect(matcher.phrase).toBe('after OAuth2PasswordBearer found no Authorization header and handed None')
    expect(matcher.test(exchange('http://x/reports', [none]))).toBe(true)
    expect(matcher.test(exchange('http://x/reports', [{ ...none, reason: 'wrong-scheme' }]))).toBe(false)
    expect(matcher.test(exchange('http://x/reports', [{ ...none, scheme: 'HTTPBearer' }]))).toBe(false)
    expect(matcher.test(exchange('http://x/reports', [{ ...none, result: 'rejected' }]))).toBe(false)
  })

  it('finds the parameter in the URL, the last of a repeat winning as in Starlette', () => {
    const matcher = queryParameter('api_key', 'robot-key')
    expect(matcher.phrase).toBe('with api_key=robot-key in its URL')
    expect(matcher.test(exchange('http://x/reports?api_key=robot-key', []))).toBe(true)
    expect(matcher.test(exchange('http://x/reports?api_key=robot-key&api_key=other', []))).toBe(false)
    expect(matcher.test(exchange('http://x/reports', []))).toBe(false)
  })
})
