import { describe, expect, it } from 'vitest'
import { UTF8_HEADERS_MARKER, encodeForWorker, needsCarrying, starletteHeaderView } from './header-bytes'

describe('carrying header bytes across the service worker', () => {
  it('leaves ASCII headers alone', () => {
    expect(encodeForWorker(new Headers({ authorization: 'Bearer abc' }))).toBeNull()
    expect(starletteHeaderView({ authorization: 'Bearer abc' })).toEqual({ authorization: 'Bearer abc' })
  })

  it('round-trips a latin-1 value, which the worker would otherwise blank', () => {
    const sent = encodeForWorker(new Headers({ authorization: 'Bearer j\u00f6hn', accept: '*/*' }))
    expect(sent?.get('authorization')).toBe('Bearer j\u00c3\u00b6hn')
    expect(sent?.get(UTF8_HEADERS_MARKER)).toBe('authorization')
    // The worker decodes the UTF-8 bytes it received back to "jöhn".
    const received = { accept: '*/*', authorization: 'Bearer j\u00f6hn', [UTF8_HEADERS_MARKER]: 'authorization' }
    expect(starletteHeaderView(received)).toEqual({ accept: '*/*', authorization: 'Bearer j\u00f6hn' })
  })

  it('reads unmarked UTF-8 values as latin-1, as Starlette does, so none is beyond U+00FF', () => {
    // Bytes E2 82 AC arrived; the worker decoded them to "€".
    expect(starletteHeaderView({ authorization: 'Bearer \u20ac' })).toEqual({
      authorization: 'Bearer \u00e2\u0082\u00ac',
    })
  })

  it('tells which headers given to fetch need carrying, in each form fetch accepts', () => {
    expect(needsCarrying(undefined)).toBe(false)
    expect(needsCarrying({ authorization: 'Bearer abc' })).toBe(false)
    expect(needsCarrying([['authorization', 'Bearer abc']])).toBe(false)
    expect(needsCarrying(new Headers({ authorization: 'Bearer abc' }))).toBe(false)

    expect(needsCarrying({ authorization: 'Bearer Jürgen' })).toBe(true)
    expect(
      needsCarrying([
        ['x-name', 'ok'],
        ['authorization', 'Basic 😀'],
      ]),
    ).toBe(true)
    expect(needsCarrying(new Headers({ authorization: 'Bearer é' }))).toBe(true)
  })

  it('sends headers it cannot read down the slow path, where fetch rejects them', () => {
    expect(needsCarrying([42] as unknown as [string, string][])).toBe(true)
  })
})
