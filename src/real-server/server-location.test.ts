import { describe, expect, it } from 'vitest'
import { parseServerAddress, rememberServer, rememberedServer, serverFromSearch, serverHref } from './server-location'
import type { KeyValueStore } from '../ui/safe-storage'

const page = new URL('http://127.0.0.1:4173/learn/oauth2/?lesson=simple-oauth2')

function root(written: string): string | undefined {
  const address = parseServerAddress(written, page)
  return address.ok ? address.root.href : undefined
}

describe('the address of the learner’s own server', () => {
  it('reads absolute addresses, with or without a scheme, as a root with a trailing slash', () => {
    expect(root('http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000/')
    expect(root(' http://localhost:8000/api ')).toBe('http://localhost:8000/api/')
    expect(root('127.0.0.1:8000')).toBe('http://127.0.0.1:8000/')
    expect(root('localhost:8000/app')).toBe('http://localhost:8000/app/')
    expect(root('https://example.org/app/?x=1#y')).toBe('https://example.org/app/')
  })

  it('reads a path as a place on the playground’s own origin, for the dev server’s proxy', () => {
    expect(root('/fastapi')).toBe('http://127.0.0.1:4173/fastapi/')
  })

  it('refuses what a browser cannot send requests to, saying why', () => {
    for (const written of ['', 'fastapi', 'javascript:alert(1)', 'ftp://host/', 'http://user:pw@host/']) {
      const address = parseServerAddress(written, page)
      expect(address.ok, written).toBe(false)
      if (!address.ok) expect(address.problem).not.toBe('')
    }
  })

  it('comes from ?server= and goes back into it, keeping the lesson', () => {
    expect(serverFromSearch('?lesson=first-steps', page)).toBeUndefined()
    const address = serverFromSearch('?lesson=first-steps&server=http%3A%2F%2F127.0.0.1%3A8000', page)
    expect(address?.ok && address.root.href).toBe('http://127.0.0.1:8000/')
    expect(serverHref(page, 'http://127.0.0.1:8000')).toBe(
      '/learn/oauth2/?lesson=simple-oauth2&server=http%3A%2F%2F127.0.0.1%3A8000',
    )
    expect(serverHref(new URL('?lesson=x&server=y', page), undefined)).toBe('/learn/oauth2/?lesson=x')
  })

  it('remembers the last address in the store it is given, and copes without one', () => {
    const items = new Map<string, string>()
    const store: KeyValueStore = {
      read: (key) => items.get(key),
      write: (key, value) => (items.set(key, value), true),
      remove: (key) => items.delete(key),
    }
    rememberServer(store, 'http://127.0.0.1:8000')
    expect(rememberedServer(store)).toBe('http://127.0.0.1:8000')
    rememberServer(undefined, 'x')
    expect(rememberedServer(undefined)).toBeUndefined()
  })
})
