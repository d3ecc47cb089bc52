// Holds msw to the little of tough-cookie that the stand-in gives it, by reading msw's installed
// build: what it imports, which methods of the jar it calls, and where the jar's cookies go. When an
// msw release uses the jar for more (for example, to add its cookies to a request), this fails.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Cookie, CookieJar, MemoryCookieStore } from './tough-cookie-stand-in'

const CHUNKS = new URL('../../../node_modules/msw/lib/_chunks/', import.meta.url)
const chunk = (name: string) => readFileSync(new URL(name, CHUNKS), 'utf8')
const sorted = (matches: Iterable<RegExpMatchArray>) => [...new Set([...matches].map((match) => match[1]))].sort()

describe('msw’s use of tough-cookie', () => {
  const store = chunk('cookie-store.js')

  it('imports only the three names the stand-in exports', () => {
    expect(store).toContain('import { Cookie, CookieJar, MemoryCookieStore } from "tough-cookie";')
    const importers = readdirSync(CHUNKS).filter(
      (name) => name.endsWith('.js') && chunk(name).includes('"tough-cookie"'),
    )
    expect(importers).toEqual(['cookie-store.js'])
  })

  it('calls only the jar’s getCookiesSync and setCookie, and Cookie.fromJSON', () => {
    expect(sorted(store.matchAll(/this\.#jar\.(\w+)\(/g))).toEqual(['getCookiesSync', 'setCookie'])
    expect(sorted(store.matchAll(/\bCookie\.(\w+)\(/g))).toEqual(['fromJSON'])
    expect(sorted(store.matchAll(/new (\w+)\(this\.#memoryStore\)/g))).toEqual(['CookieJar'])
  })

  it('gives the jar’s cookies only to the `cookies` argument of its handlers', () => {
    const handler = chunk('http-handler.js')
    expect(sorted(handler.matchAll(/cookieStore\.(\w+)\(/g))).toEqual(['getCookies'])
    expect(sorted(handler.matchAll(/(\w+) = getAllRequestCookies\(/g))).toEqual(['cookies'])
    const interceptor = chunk('interceptor-source.js')
    expect(sorted(interceptor.matchAll(/cookieStore\.(\w+)\(/g))).toEqual(['setCookie'])
  })
})

describe('the stand-in', () => {
  it('keeps nothing: a stored cookie is dropped, a Set-Cookie is not kept', async () => {
    const memory = new MemoryCookieStore()
    memory.idx = { localhost: {} }
    const jar = new CookieJar(memory)
    expect(Cookie.fromJSON()).toBeNull()
    await jar.setCookie()
    expect(jar.getCookiesSync()).toEqual([])
  })

  it('fails loudly on a store that is not its own', () => {
    expect(() => new CookieJar({})).toThrow(/tough-cookie-stand-in\.ts.*a cookie store other than its own/)
  })
})
