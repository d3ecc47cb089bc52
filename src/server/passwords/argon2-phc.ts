// Verifying a password against an Argon2id hash in PHC form, as pwdlib's Argon2Hasher does:
// read the parameters and salt from the string, recompute the tag, compare in constant time.
// The Argon2 computation itself is the `argon2id` package's WebAssembly.
import type { computeHash } from 'argon2id/lib/setup.js'

export type Argon2id = computeHash

export interface Argon2Phc {
  readonly memorySize: number
  readonly passes: number
  readonly parallelism: number
  readonly salt: Uint8Array
  readonly tag: Uint8Array
}

const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

/** PHC strings use base64 without padding. */
function unpaddedBase64(text: string): Uint8Array {
  const padded = text + '='.repeat((4 - (text.length % 4)) % 4)
  return Uint8Array.from(atob(padded), (character) => character.charCodeAt(0))
}

export function parseArgon2Phc(hash: string): Argon2Phc | undefined {
  const match = PHC.exec(hash)
  if (!match) return undefined
  const [, memorySize = '', passes = '', parallelism = '', salt = '', tag = ''] = match
  try {
    return {
      memorySize: Number(memorySize),
      passes: Number(passes),
      parallelism: Number(parallelism),
      salt: unpaddedBase64(salt),
      tag: unpaddedBase64(tag),
    }
  } catch {
    return undefined
  }
}

/** False for a wrong password and for a string that is not an Argon2id hash. */
export function verifyArgon2id(argon2id: Argon2id, password: string, hash: string): boolean {
  const phc = parseArgon2Phc(hash)
  if (!phc) return false
  const computed = argon2id({
    password: byteArrayForArgon2id(new TextEncoder().encode(password)),
    salt: phc.salt,
    parallelism: phc.parallelism,
    passes: phc.passes,
    memorySize: phc.memorySize,
    tagLength: phc.tag.length,
  })
  let difference = computed.length ^ phc.tag.length
  for (let index = 0; index < phc.tag.length; index += 1) difference |= (computed[index] ?? 0) ^ (phc.tag[index] ?? 0)
  return difference === 0
}

/**
 * The package checks a password's size by comparing the array itself with 8 (lib/argon2id.js,
 * validateParams), which JavaScript does through its text: an empty password, or one byte below 8,
 * reads as a number under 8 and throws, where pwdlib simply verifies. Argon2 allows any length,
 * and the computation is right for these too; only the check misreads them, so the array is given
 * a text that is not a number.
 */
function byteArrayForArgon2id(bytes: Uint8Array): Uint8Array {
  return Object.assign(bytes, { toString: () => 'password bytes' })
}
