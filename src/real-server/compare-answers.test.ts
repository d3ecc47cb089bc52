import { describe, expect, it } from 'vitest'
import { compareAnswers, firstJsonDifference, type Answer } from './compare-answers'

const json = 'application/json'

function answer(status: number, body: string, headers: [string, string][] = [['content-type', json]]): Answer {
  return { status, body, headers }
}

describe('comparing FastAPI’s answer with the stand-in’s', () => {
  it('agrees when status, body bytes and the compared headers are the same, whatever else differs', () => {
    const server = answer(401, '{"detail":"Not authenticated"}', [
      ['content-type', json],
      ['www-authenticate', 'Bearer'],
      ['server', 'uvicorn'],
      ['access-control-allow-origin', 'http://127.0.0.1:4173'],
    ])
    const standIn = answer(401, '{"detail":"Not authenticated"}', [
      ['Content-Type', json],
      ['WWW-Authenticate', 'Bearer'],
      ['content-length', '30'],
    ])
    expect(compareAnswers(server, standIn)).toEqual({ agree: true, differences: [], unreadable: [] })
  })

  it('across origins, sets apart the headers CORS may have hidden from the page', () => {
    const server = answer(401, '{"detail":"Not authenticated"}')
    const standIn = answer(401, '{"detail":"Not authenticated"}', [
      ['content-type', json],
      ['www-authenticate', 'Bearer'],
    ])
    expect(compareAnswers(server, standIn, { crossOrigin: true })).toEqual({
      agree: true,
      differences: [],
      unreadable: ['www-authenticate'],
    })
    const plainText = answer(401, '{"detail":"Not authenticated"}', [['content-type', 'text/plain']])
    expect(compareAnswers(plainText, standIn, { crossOrigin: true }).differences).toEqual([
      { aspect: 'header', name: 'content-type', server: 'text/plain', standIn: json },
    ])
  })

  it('names each difference: status, a header missing on one side, and where the bodies part', () => {
    const server = answer(403, '{"detail":"Invalid authentication credentials"}')
    const standIn = answer(401, '{"detail":"Not authenticated"}', [
      ['content-type', json],
      ['www-authenticate', 'Bearer'],
    ])
    const { agree, differences } = compareAnswers(server, standIn)
    expect(agree).toBe(false)
    expect(differences).toEqual([
      { aspect: 'status', name: 'status', server: '403', standIn: '401' },
      { aspect: 'header', name: 'www-authenticate', server: undefined, standIn: 'Bearer' },
      {
        aspect: 'body',
        name: 'body',
        server: '{"detail":"Invalid authentication credentials"}',
        standIn: '{"detail":"Not authenticated"}',
        where: { path: 'detail', offset: 11 },
      },
    ])
  })

  it('finds the first differing JSON path in the server’s key order, arrays included', () => {
    const pydantic1 = '{"detail":[{"loc":["body","username"],"msg":"field required","type":"value_error.missing"}]}'
    const pydantic2 = '{"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null}]}'
    expect(firstJsonDifference(pydantic1, pydantic2)).toBe('detail[0].msg')
    expect(firstJsonDifference('{"openapi":"3.0.2"}', '{"openapi":"3.1.0"}')).toBe('openapi')
    expect(firstJsonDifference('[1]', '[1,2]')).toBe('[1]')
    expect(firstJsonDifference('1', '2')).toBe('(root)')
  })

  it('gives only an offset when a body is not JSON, or when only the spelling differs', () => {
    expect(firstJsonDifference('Not Found', '{"detail":"Not Found"}')).toBeUndefined()
    expect(firstJsonDifference('{"a":1,"b":2}', '{"b":2,"a":1}')).toBeUndefined()
    const { differences } = compareAnswers(answer(200, '{"a":1,"b":2}'), answer(200, '{"b":2,"a":1}'))
    expect(differences).toEqual([expect.objectContaining({ aspect: 'body', where: { path: undefined, offset: 2 } })])
  })
})
