// Argon2 verification on the calling thread: for unit tests in Node, where there is no page to freeze.
import { argon2Verify } from 'hash-wasm'
import type { PasswordVerifier } from './password-verifier'

export const directPasswordVerifier: PasswordVerifier = {
  verify: (password, hash) => argon2Verify({ password, hash }).catch(() => false),
}
