import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createHttpSender } from './send-over-http'

let server: Server | undefined

afterEach(() => {
  server?.close()
  server = undefined
})

/** A server that keeps the raw bytes of one request and answers a fixed response. */
async function rawServer(response: string): Promise<{ origin: string; received: Promise<Buffer> }> {
  let keep: (bytes: Buffer) => void = () => undefined
  const received = new Promise<Buffer>((resolve) => (keep = resolve))
  server = createServer((socket) => {
    let bytes = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      bytes = Buffer.concat([bytes, chunk])
      const end = bytes.indexOf('\r\n\r\n')
      if (end === -1 || bytes.length < end + 4 + contentLength(bytes.subarray(0, end).toString('latin1'))) return
      keep(bytes)
      socket.end(Buffer.from(response, 'latin1'))
    })
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { origin: `http://127.0.0.1:${address.port}`, received }
}

function contentLength(head: string): number {
  return Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0)
}

describe('createHttpSender', () => {
  it('sends header values as Latin-1 bytes and the body as UTF-8, with Host: testserver', async () => {
    const { origin, received } = await rawServer('HTTP/1.1 204 No Content\r\n\r\n')
    const sender = createHttpSender(origin)
    await sender.send({
      method: 'POST',
      path: '/token?x=1',
      headers: [['authorization', 'Bearer \u00a0x\u0085']],
      body: 'username=j\u00f6hn',
    })
    sender.close()
    const bytes = await received
    const head = bytes.subarray(0, bytes.indexOf('\r\n\r\n'))
    expect(head.toString('latin1')).toContain('\r\nauthorization: Bearer \u00a0x\u0085\r\n')
    expect(head.includes(Buffer.from([0xc2, 0xa0]))).toBe(false)
    expect(head.toString('latin1')).toMatch(/^POST \/token\?x=1 HTTP\/1\.1\r\nhost: testserver\r\n/)
    expect(bytes.subarray(bytes.indexOf('\r\n\r\n') + 4)).toEqual(Buffer.from('username=jöhn', 'utf8'))
  })

  it('returns the status, the headers in order with Latin-1 values, and the body as text', async () => {
    const { origin } = await rawServer(
      'HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Bearer\r\nx-byte: \u00e9\r\ncontent-length: 2\r\n\r\n{}',
    )
    const sender = createHttpSender(origin)
    const answer = await sender.send({ method: 'GET', path: '/users/me' })
    sender.close()
    expect(answer).toEqual({
      status: 401,
      headers: [
        ['www-authenticate', 'Bearer'],
        ['x-byte', '\u00e9'],
        ['content-length', '2'],
      ],
      body: '{}',
    })
  })
})
