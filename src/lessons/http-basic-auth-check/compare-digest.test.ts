import { describe, expect, it } from 'vitest'
import { compareDigest } from './compare-digest'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('compareDigest, like secrets.compare_digest', () => {
  it('is true only for the same bytes', () => {
    expect(compareDigest(bytes('swordfish'), bytes('swordfish'))).toBe(true)
    expect(compareDigest(bytes(''), bytes(''))).toBe(true)
  })

  it.each(['Swordfish', 'swordfisH', 'swordfis', 'swordfish!', '', 'xxxxxxxxx'])('is false for %j', (given) => {
    expect(compareDigest(bytes(given), bytes('swordfish'))).toBe(false)
  })

  it('compares bytes, so a name and its UTF-8 differ from a Latin-1 spelling', () => {
    expect(
      compareDigest(
        bytes('Sebastián'),
        Uint8Array.from('Sebastián', (c) => c.charCodeAt(0)),
      ),
    ).toBe(false)
  })

  it('looks at every byte instead of stopping at the first difference', () => {
    let reads = 0
    const counted = new Proxy(bytes('aaaaaaaaa'), {
      get(target, property) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1
        return Reflect.get(target, property) as unknown
      },
    })
    expect(compareDigest(counted, bytes('swordfish'))).toBe(false)
    expect(reads).toBe(9)
  })
})
