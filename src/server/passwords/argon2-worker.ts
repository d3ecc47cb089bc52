// Web Worker entry: verifies Argon2 hashes off the main thread (64 MiB, three passes each).
import setupWasm from 'argon2id/lib/setup.js'
import nonSimdUrl from 'argon2id/dist/no-simd.wasm?url'
import simdUrl from 'argon2id/dist/simd.wasm?url'
import { verifyArgon2id, type Argon2id } from './argon2-phc'
import { instantiateWasm } from './instantiate-wasm'

export interface VerifyRequest {
  readonly id: number
  readonly password: string
  readonly hash: string
}

export interface VerifyReply {
  readonly id: number
  readonly ok: boolean
}

// The SIMD build (4.3 KB) is a file of its own; the other is small enough for Vite to inline as a
// data: URL. A browser without SIMD fails to compile the first, and argon2id falls back to the second.
const instantiate = (url: string) => async (imports: WebAssembly.Imports) => instantiateWasm(await fetch(url), imports)

let argon2id: Promise<Argon2id> | undefined

self.addEventListener('message', (event: MessageEvent<VerifyRequest>) => {
  const { id, password, hash } = event.data
  argon2id ??= setupWasm(instantiate(simdUrl), instantiate(nonSimdUrl))
  argon2id.then(
    (compute) => {
      self.postMessage({ id, ok: verifyArgon2id(compute, password, hash) } satisfies VerifyReply)
    },
    () => {
      // Fail closed: the login is refused rather than left hanging.
      argon2id = undefined
      self.postMessage({ id, ok: false } satisfies VerifyReply)
    },
  )
})
