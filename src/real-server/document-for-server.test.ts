import { describe, expect, it } from 'vitest'
import { documentForServer } from './document-for-server'

const DOCUMENT = { openapi: '3.0.2', info: { title: 'FastAPI', version: '0.1.0' }, paths: { '/users/me': {} } }

describe('the server’s document as Swagger UI gets it', () => {
  it('lists the server’s root when FastAPI lists no server, and keeps the rest as served', () => {
    const pointed = documentForServer(DOCUMENT, new URL('http://127.0.0.1:8000/'))
    expect(pointed).toEqual({ ...DOCUMENT, servers: [{ url: 'http://127.0.0.1:8000/' }] })
    expect(DOCUMENT).not.toHaveProperty('servers')
  })

  it('keeps a prefix in the address, through a proxy on the playground’s origin', () => {
    const pointed = documentForServer(DOCUMENT, new URL('http://localhost:5173/fastapi/'))
    expect(pointed.servers).toEqual([{ url: 'http://localhost:5173/fastapi/' }])
  })

  it('makes FastAPI’s root_path servers absolute on the server’s origin', () => {
    const behindProxy = { ...DOCUMENT, servers: [{ url: '/api/v1', description: 'proxy' }] }
    const pointed = documentForServer(behindProxy, new URL('http://127.0.0.1:8000/api/v1/'))
    expect(pointed.servers).toEqual([{ url: 'http://127.0.0.1:8000/api/v1/', description: 'proxy' }])
  })
})
