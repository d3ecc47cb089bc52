import { describe, expect, it } from 'vitest'
import { decodeForm, factsOf, pathBelowRoot, readAuthorization, tokenUrlFromDocument } from './exchange-facts'
import { TEST_ROOT, exchange } from '../testing/test-exchange'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

describe('facts read from an exchange', () => {
  it('gives the path as FastAPI sees it below the API root, query string included', () => {
    expect(pathBelowRoot(`${TEST_ROOT}items/?x=1`, TEST_ROOT)).toBe('/items/?x=1')
    expect(pathBelowRoot('http://localhost:5173/elsewhere?q', TEST_ROOT)).toBe('/elsewhere?q')
  })

  it('decodes a password form field by field, in order, repeats included', () => {
    expect(decodeForm('grant_type=password&username=a+b%20c&password=p%26q&username=second&flag')).toEqual([
      ['grant_type', 'password'],
      ['username', 'a b c'],
      ['password', 'p&q'],
      ['username', 'second'],
      ['flag', ''],
    ])
  })

  it('splits Authorization as FastAPI does: first plain space, stripped parameter', () => {
    expect(readAuthorization('Bearer  abc ')).toMatchObject({ scheme: 'Bearer', credentials: 'abc' })
    expect(readAuthorization('Bearer\tabc')).toMatchObject({ scheme: 'Bearer\tabc', credentials: '' })
    expect(readAuthorization(undefined)).toBeUndefined()
  })

  it('decodes Basic credentials, Swagger UI’s empty client pair included', () => {
    expect(readAuthorization('Basic Og==')?.basic).toEqual({ user: '', password: '' })
    expect(readAuthorization('Basic am9objpzZWNyZXQ=')?.basic).toEqual({ user: 'john', password: 'secret' })
    expect(readAuthorization('Basic !!!')?.basic).toBeUndefined()
    // UTF-8 "jöhn:secret": HTTPBasic's ASCII decoding refuses it, so the inspector shows no pair either.
    expect(readAuthorization(`Basic ${btoa('j\xc3\xb6hn:secret')}`)?.basic).toBeUndefined()
  })

  it('recognises the token request, the token it issued, and the timing', () => {
    const login = exchange({
      request: {
        method: 'POST',
        url: `${TEST_ROOT}token`,
        headers: [['content-type', FORM['content-type']]],
        body: 'grant_type=password&username=alice&password=secret',
      },
      response: { status: 200, body: '{"access_token":"alice","token_type":"bearer"}' },
    })
    const facts = factsOf(login)
    expect(facts.isTokenRequest).toBe(true)
    expect(facts.issuedToken).toBe('alice')
    expect(facts.durationMs).toBe(12.5)
    expect(factsOf(login)).toBe(facts)
  })

  it('tells the Authorize dialog’s login from the same form sent another way', () => {
    const login = (headers: [string, string][], body = 'grant_type=password&username=alice&password=x') =>
      factsOf(
        exchange({
          request: {
            method: 'POST',
            url: `${TEST_ROOT}token`,
            headers: [['content-type', FORM['content-type']], ...headers],
            body,
          },
        }),
      )
    expect(login([['X-Requested-With', 'XMLHttpRequest']]).fromAuthorizeDialog).toBe(true)
    expect(login([]).fromAuthorizeDialog).toBe(false)
    expect(login([['x-requested-with', 'fetch']]).fromAuthorizeDialog).toBe(false)
    expect(login([['x-requested-with', 'XMLHttpRequest']], 'q=1').fromAuthorizeDialog).toBe(false)
  })

  it('ignores an access_token in an error answer', () => {
    const failed = exchange({
      request: { method: 'POST', url: `${TEST_ROOT}token` },
      response: { status: 400, body: '{"access_token":"x"}' },
    })
    expect(factsOf(failed).issuedToken).toBeUndefined()
  })

  it('finds the bearer token a request carried, in any case of the scheme, but not an empty one', () => {
    const carried = (value: string) =>
      factsOf(exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/`, headers: [['authorization', value]] } }))
        .carriedToken
    expect(carried('bearer abc')).toBe('abc')
    expect(carried('Bearer')).toBeUndefined()
    expect(carried('Basic Og==')).toBeUndefined()
  })

  it('recognises the OpenAPI document load', () => {
    const load = exchange({ request: { method: 'GET', url: `${TEST_ROOT}openapi.json` } })
    expect(factsOf(load).isDocument).toBe(true)
  })

  it('reads the password flow’s tokenUrl from an OpenAPI document', () => {
    const document = {
      components: { securitySchemes: { S: { type: 'oauth2', flows: { password: { tokenUrl: 'token' } } } } },
    }
    expect(tokenUrlFromDocument(JSON.stringify(document))).toBe('token')
    expect(tokenUrlFromDocument('{"components":{}}')).toBeUndefined()
    expect(tokenUrlFromDocument('<html>')).toBeUndefined()
  })
})
