// Web Worker entry: verifies Argon2 hashes off the main thread (64 MiB, three passes each).
import { argon2Verify } from 'hash-wasm'

export interface VerifyRequest {
  readonly id: number
  readonly password: string
  readonly hash: string
}

export interface VerifyReply {
  readonly id: number
  readonly ok: boolean
}

self.addEventListener('message', (event: MessageEvent<VerifyRequest>) => {
  const { id, password, hash } = event.data
  argon2Verify({ password, hash }).then(
    (ok) => {
      self.postMessage({ id, ok } satisfies VerifyReply)
    },
    () => {
      // A hash pwdlib could not parse makes verify() return False, never crash.
      self.postMessage({ id, ok: false } satisfies VerifyReply)
    },
  )
})
