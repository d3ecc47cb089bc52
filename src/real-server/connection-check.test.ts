import { describe, expect, it } from 'vitest'
import { checkConnection, corsMiddlewareLines, isMixedContent, type Fetch } from './connection-check'

const page = new URL('http://127.0.0.1:4173/?lesson=simple-oauth2')
const root = new URL('http://127.0.0.1:8000/')
const DOCUMENT = { openapi: '3.0.2', info: { title: 'FastAPI', version: '0.1.0' }, paths: {} }

/** A fake network: answers by request mode, and records where each request went. */
function network(answers: Partial<Record<RequestMode, () => Response>>) {
  const sent: string[] = []
  const send: Fetch = (input, init) => {
    sent.push(`${init.mode ?? 'cors'} ${input}`)
    const answer = answers[init.mode ?? 'cors']
    return answer ? Promise.resolve(answer()) : Promise.reject(new TypeError('Failed to fetch'))
  }
  return { sent, send }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('checking the learner’s server', () => {
  it('reads the OpenAPI document from <root>openapi.json and sends nothing else', async () => {
    const { sent, send } = network({ cors: () => json(DOCUMENT) })
    const connection = await checkConnection(root, page, send)
    expect(connection).toEqual({ state: 'connected', document: DOCUMENT })
    expect(sent).toEqual(['cors http://127.0.0.1:8000/openapi.json'])
  })

  it('tells a running server that CORS refused from one that is not running, by a no-cors probe', async () => {
    const refused = network({ 'no-cors': () => new Response(null, { status: 200 }) })
    expect(await checkConnection(root, page, refused.send)).toEqual({ state: 'cors-refused' })
    expect(refused.sent).toEqual(['cors http://127.0.0.1:8000/openapi.json', 'no-cors http://127.0.0.1:8000/'])

    const down = network({})
    expect(await checkConnection(root, page, down.send)).toEqual({ state: 'not-running', message: 'Failed to fetch' })
  })

  it('says when the server answers without a document', async () => {
    const html = () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } })
    expect(await checkConnection(root, page, network({ cors: html }).send)).toMatchObject({
      state: 'no-document',
      status: 200,
    })
    const missing = () => json({ detail: 'Not Found' }, 404)
    expect(await checkConnection(root, page, network({ cors: missing }).send)).toMatchObject({
      state: 'no-document',
      status: 404,
    })
  })

  it('does not even try an http:// server from an https:// page, unless it is this machine', async () => {
    const secure = new URL('https://example.org/learn/')
    const { sent, send } = network({ cors: () => json(DOCUMENT) })
    expect(await checkConnection(new URL('http://192.168.1.5:8000/'), secure, send)).toEqual({
      state: 'mixed-content',
    })
    expect(sent).toEqual([])
    expect(isMixedContent(new URL('http://localhost:8000/'), secure)).toBe(false)
    expect(isMixedContent(new URL('http://127.0.0.1:8000/'), secure)).toBe(false)
    expect(isMixedContent(new URL('https://api.example.org/'), secure)).toBe(false)
    expect(isMixedContent(new URL('http://192.168.1.5:8000/'), page)).toBe(false)
  })

  it('writes the CORSMiddleware lines for the page’s origin, import included', () => {
    expect(corsMiddlewareLines('http://127.0.0.1:4173').split('\n')).toEqual([
      'from fastapi.middleware.cors import CORSMiddleware',
      '',
      'app.add_middleware(',
      '    CORSMiddleware,',
      '    allow_origins=["http://127.0.0.1:4173"],',
      '    allow_methods=["*"],',
      '    allow_headers=["*"],',
      '    expose_headers=["*"],',
      ')',
    ])
  })
})
