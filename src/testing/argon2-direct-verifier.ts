// Argon2 verification on the calling thread: for unit tests in Node, where there is no page to freeze.
import setupWasm from 'argon2id/lib/setup.js'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { verifyArgon2id, type Argon2id } from '../server/passwords/argon2-phc'
import type { PasswordVerifier } from '../server/passwords/password-verifier'

const resolve = createRequire(import.meta.url).resolve
const instantiate = (file: string) => async (imports: WebAssembly.Imports) =>
  WebAssembly.instantiate(await readFile(resolve(file)), imports)

let argon2id: Promise<Argon2id> | undefined

export const directPasswordVerifier: PasswordVerifier = {
  async verify(password, hash) {
    argon2id ??= setupWasm(instantiate('argon2id/dist/simd.wasm'), instantiate('argon2id/dist/no-simd.wasm'))
    return verifyArgon2id(await argon2id, password, hash)
  },
}
