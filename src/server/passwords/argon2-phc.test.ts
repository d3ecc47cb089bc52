import { describe, expect, it } from 'vitest'
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
