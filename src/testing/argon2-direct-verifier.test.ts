import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from './argon2-direct-verifier'

// johndoe's hash from FastAPI's tutorial004 (pwdlib, Argon2id, m=65536, t=3, p=4).
const JOHNDOE_HASH = '$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc'

describe('Argon2 verification', () => {
  it('accepts the tutorial password for its hash and rejects others', async () => {
    expect(await directPasswordVerifier.verify('secret', JOHNDOE_HASH)).toBe(true)
    expect(await directPasswordVerifier.verify('Secret', JOHNDOE_HASH)).toBe(false)
  })

  it('answers false for a string that is not an Argon2 hash', async () => {
    expect(await directPasswordVerifier.verify('secret', 'fakehashedsecret')).toBe(false)
  })
})
