import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { parseArgon2Phc } from './argon2-phc'

describe('parseArgon2Phc', () => {
  it('reads pwdlib’s parameters, salt and tag', () => {
    const phc = parseArgon2Phc(
      '$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc',
    )
    expect(phc).toMatchObject({ memorySize: 65536, passes: 3, parallelism: 4 })
    expect(phc?.salt.length).toBe(16)
    expect(phc?.tag.length).toBe(32)
  })

  it('refuses other variants, versions and shapes', () => {
    expect(parseArgon2Phc('$argon2i$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB')).toBeUndefined()
    expect(parseArgon2Phc('$argon2id$v=16$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB')).toBeUndefined()
    expect(parseArgon2Phc('fakehashedsecret')).toBeUndefined()
  })
})

// pwdlib's hashes of "" and of "\x05" (PasswordHash.recommended()), which it verifies as any other.
const EMPTY = '$argon2id$v=19$m=65536,t=3,p=4$j816rMofojCzll9MPD+Vcw$cWs7c7IYuorR+YkhbhgjCQOFKKjyeL9x4E8pAmEfRoQ'
const CONTROL = '$argon2id$v=19$m=65536,t=3,p=4$qBdhgXx/PHzs77W7K+yS9g$i4eIjKfuKydFEZzi9AdT/Mopa9ftN2YPGxtRCujbWA8'

describe('verifying passwords the argon2id package would refuse to hash', { timeout: 20_000 }, () => {
  it('verifies an empty password and a one-byte one below 8, as pwdlib does', async () => {
    expect(await directPasswordVerifier.verify('', EMPTY)).toBe(true)
    expect(await directPasswordVerifier.verify('x', EMPTY)).toBe(false)
    expect(await directPasswordVerifier.verify('\x05', CONTROL)).toBe(true)
    expect(await directPasswordVerifier.verify('', CONTROL)).toBe(false)
  })
})
