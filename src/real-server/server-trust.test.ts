import { describe, expect, it } from 'vitest'
import { parseServerAddress } from './server-location'
import { connectsByItself, isLoopbackHost } from './server-trust'

const page = new URL('https://example.github.io/learn/oauth2/?lesson=simple-oauth2')

/** What a `?server=` link with this text does: connects, asks first, or is refused as an address. */
function linked(written: string): 'connects' | 'asks' | 'refused' {
  const address = parseServerAddress(written, page)
  if (!address.ok) return 'refused'
  return connectsByItself(address.root, page) ? 'connects' : 'asks'
}

describe('which servers a link connects to by itself', () => {
  it('connects to this machine by name, by 127.0.0.0/8 and by [::1], at any port, over http or https', () => {
    for (const written of [
      'http://localhost:8000',
      'https://localhost',
      'http://127.0.0.1:8000',
      'http://127.0.0.1',
      'http://127.1.2.3:65535/app',
      'http://127.255.255.254:8000',
      'http://[::1]:8000',
      'https://[::1]/',
      'localhost:8000',
      '127.0.0.1:8000',
    ]) {
      expect(linked(written), written).toBe('connects')
    }
  })

  it('connects to a path on the playground’s own origin, as the dev server’s proxy serves one', () => {
    expect(linked('/fastapi')).toBe('connects')
    expect(linked('/fastapi/../other/')).toBe('connects')
    expect(linked('https://example.github.io/fastapi')).toBe('connects')
  })

  it('asks first for any other host', () => {
    for (const written of [
      'https://evil.example',
      'http://evil.example:8000/',
      'evil.example:8000',
      'http://192.168.1.10:8000',
      'http://10.0.0.1:8000',
      'http://128.0.0.1:8000',
      'http://0.0.0.0:8000',
      'http://[::]:8000',
      'http://example.github.io/fastapi', // http:// is another origin than the https:// page
      'https://example.github.io:8443/fastapi',
      'https://other.github.io/fastapi',
    ]) {
      expect(linked(written), written).toBe('asks')
    }
  })

  it('reads the host as the browser will, so no text trick passes as this machine', () => {
    // A loopback address as the first labels of a domain name.
    expect(linked('http://127.0.0.1.evil.example')).toBe('asks')
    expect(linked('http://127.0.0.1%2eevil.example:8000')).toBe('asks')
    expect(linked('http://127.0.0.1\t.evil.example')).toBe('asks')
    expect(linked('http://localhost.evil.example')).toBe('asks')
    expect(linked('http://evil.example/127.0.0.1')).toBe('asks')
    expect(linked('http://evil.example?localhost')).toBe('asks')
    // The loopback address in the fragment: the host is evil.example.
    expect(linked('http://evil.example#@127.0.0.1')).toBe('asks')
    expect(linked('http://evil.example:8000#@localhost:8000')).toBe('asks')
    // Upper case is lowered before the comparison, both ways.
    expect(linked('HTTP://LOCALHOST:8000')).toBe('connects')
    expect(linked('HTTP://127.0.0.1.EVIL.EXAMPLE')).toBe('asks')
    expect(linked('HTTPS://EVIL.EXAMPLE')).toBe('asks')
    // Trailing dots: an IPv4 address keeps none; a name with one goes through DNS.
    expect(linked('http://127.0.0.1.:8000')).toBe('connects')
    expect(linked('http://localhost.:8000')).toBe('asks')
    expect(linked('http://evil.example.:8000')).toBe('asks')
    // IPv4-mapped IPv6 is loopback only where the network stack maps it: ask.
    expect(linked('http://[::ffff:127.0.0.1]:8000')).toBe('asks')
    expect(linked('http://[::ffff:7f00:1]:8000')).toBe('asks')
    // Other spellings of 127.0.0.1 are the same address once parsed.
    expect(linked('http://2130706433:8000')).toBe('connects')
    expect(linked('http://0x7f.1:8000')).toBe('connects')
    expect(linked('http://[0:0:0:0:0:0:0:1]:8000')).toBe('connects')
    // Subdomains of localhost resolve through the system on some machines.
    expect(linked('http://app.localhost:8000')).toBe('asks')
    // Protocol-relative: another host over the page's scheme, not a path on this origin.
    expect(linked('//evil.example')).toBe('asks')
    expect(linked('//evil.example/fastapi')).toBe('asks')
    expect(linked('/\\evil.example')).toBe('asks')
  })

  it('refuses, before any trust question, addresses that carry credentials or are not http(s)', () => {
    for (const written of [
      'http://localhost@evil.example',
      'http://127.0.0.1:8000@evil.example',
      'http://user:pw@127.0.0.1:8000',
      'javascript:alert(1)',
      'JavaScript:fetch("//evil.example")',
      'data:text/html,hi',
      'file:///etc/passwd',
      'blob:https://example.github.io/1234',
      '\\\\evil.example',
    ]) {
      expect(linked(written), written).toBe('refused')
    }
  })

  it('holds on its own too, for URLs that never went through the address parser', () => {
    expect(connectsByItself(new URL('http://localhost@evil.example'), page)).toBe(false)
    expect(connectsByItself(new URL('http://user@127.0.0.1:8000'), page)).toBe(false)
    expect(connectsByItself(new URL('javascript:alert(1)'), page)).toBe(false)
    // A blob: URL's origin is the page's own, yet it is no server.
    const blob = new URL('blob:https://example.github.io/1234')
    expect(blob.origin).toBe(page.origin)
    expect(connectsByItself(blob, page)).toBe(false)
    expect(connectsByItself(new URL('data:text/plain,127.0.0.1'), page)).toBe(false)
  })
})

describe('a loopback host name', () => {
  it('is exactly localhost, a dotted 127.x.y.z or [::1]', () => {
    expect(['localhost', '127.0.0.1', '127.0.0.255', '[::1]'].map(isLoopbackHost)).toEqual([true, true, true, true])
    expect(
      [
        'localhost.',
        'a.localhost',
        '127.0.0.256',
        '127.0.0',
        '127.0.0.1.example',
        '[::ffff:7f00:1]',
        '1.127.0.0.1',
      ].map(isLoopbackHost),
    ).toEqual([false, false, false, false, false, false, false])
  })
})
