import { afterEach, describe, expect, it, vi } from 'vitest'
import { localStore, standInForDeniedStorage } from './safe-storage'

function denied(): never {
  throw new DOMException('The operation is insecure.', 'SecurityError')
}

/** A Storage backed by a Map, with some of its methods replaced. */
function fakeStorage(overrides: Partial<Storage> = {}): Storage {
  const values = new Map<string, string>()
  const storage: Storage = {
    get length() {
      return values.size
    },
    clear: () => {
      values.clear()
    },
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => {
      values.delete(key)
    },
    setItem: (key, value) => {
      values.set(key, value)
    },
  }
  return Object.assign(storage, overrides)
}

function stubWindow(localStorage: () => Storage | null): void {
  vi.stubGlobal('window', Object.defineProperty({}, 'localStorage', { get: localStorage }))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('localStore', () => {
  it('reads back what it wrote, and forgets what it removed', () => {
    const storage = fakeStorage()
    stubWindow(() => storage)
    const store = localStore()
    expect(store?.write('dock', '320')).toBe(true)
    expect(store?.read('dock')).toBe('320')
    expect(storage.getItem('dock')).toBe('320')
    store?.remove('dock')
    expect(store?.read('dock')).toBeUndefined()
  })

  it('answers undefined for a key never written', () => {
    stubWindow(() => fakeStorage())
    expect(localStore()?.read('nothing')).toBeUndefined()
  })

  it('is undefined when merely reading window.localStorage throws, as in a cross-origin iframe', () => {
    stubWindow(denied)
    expect(localStore()).toBeUndefined()
  })

  it('is undefined without a window or without storage', () => {
    expect(localStore()).toBeUndefined()
    stubWindow(() => null)
    expect(localStore()).toBeUndefined()
  })

  it('turns failing reads, writes and removals into answers', () => {
    stubWindow(() =>
      fakeStorage({
        getItem: denied,
        setItem: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        },
        removeItem: denied,
      }),
    )
    const store = localStore()
    expect(store).toBeDefined()
    expect(store?.read('dock')).toBeUndefined()
    expect(store?.write('dock', '320')).toBe(false)
    expect(() => store?.remove('dock')).not.toThrow()
  })
})

// Last in this file: once storage was found denied, localStore() stays undefined for the page.
describe('standInForDeniedStorage', () => {
  it('leaves working storage alone', () => {
    const storage = fakeStorage()
    stubWindow(() => storage)
    standInForDeniedStorage()
    expect(window.localStorage).toBe(storage)
    expect(localStore()).toBeDefined()
  })

  it('gives unguarded readers a memory-only storage where the browser denies it, and keeps nothing', () => {
    vi.stubGlobal(
      'window',
      Object.defineProperties(
        {},
        { localStorage: { get: denied, configurable: true }, sessionStorage: { get: denied, configurable: true } },
      ),
    )
    standInForDeniedStorage()
    window.localStorage.setItem('library-cookies', '[]')
    expect(window.localStorage.getItem('library-cookies')).toBe('[]')
    expect(window.localStorage.length).toBe(1)
    expect(window.sessionStorage.getItem('x')).toBeNull()
    expect(localStore()).toBeUndefined()
  })
})
