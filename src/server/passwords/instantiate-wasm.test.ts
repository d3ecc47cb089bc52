import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { instantiateWasm } from './instantiate-wasm'

// argon2id's own build, the one the Argon2 worker loads: it imports its memory from `env`.
const bytes = readFileSync(createRequire(import.meta.url).resolve('argon2id/dist/no-simd.wasm'))
const imports = () => ({ env: { memory: new WebAssembly.Memory({ initial: 1040, maximum: 65536 }) } })
const served = (type: string, status = 200) =>
  new Response(status === 200 ? bytes : 'Not found', { status, headers: { 'content-type': type } })

describe('instantiating the Argon2 WebAssembly from a static host', () => {
  it('compiles while streaming when the host says application/wasm', async () => {
    const { instance } = await instantiateWasm(served('application/wasm'), imports())
    expect(Object.keys(instance.exports).length).toBeGreaterThan(0)
  })

  it('still compiles when the host serves .wasm as application/octet-stream', async () => {
    // Streaming alone refuses this response.
    await expect(WebAssembly.instantiateStreaming(served('application/octet-stream'), imports())).rejects.toThrow()
    const { instance } = await instantiateWasm(served('application/octet-stream'), imports())
    expect(Object.keys(instance.exports).length).toBeGreaterThan(0)
  })

  it('fails on a missing file rather than compiling an error page', async () => {
    await expect(instantiateWasm(served('text/plain', 404), imports())).rejects.toThrow('404')
  })
})
