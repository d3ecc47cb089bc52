import { describe, expect, it } from 'vitest'
import {
  afterAgreement,
  afterChoice,
  afterNavigation,
  ownServerView,
  type OwnServerState,
  type OwnServerView,
} from './own-server-state'
import { parseServerAddress, type ServerAddress } from './server-location'

const page = new URL('https://example.github.io/learn/oauth2/?lesson=simple-oauth2')
const FRESH: OwnServerState = { address: undefined, agreed: undefined }

function address(written: string): ServerAddress {
  return parseServerAddress(written, page)
}

/** The view as a short line, to compare whole sequences. */
function seen(view: OwnServerView): string {
  switch (view.state) {
    case 'stand-in':
      return 'stand-in'
    case 'invalid':
      return `invalid ${view.written}`
    case 'asking':
      return `asking ${view.host} ${view.root.href}`
    case 'connected':
      return `connected ${view.root.href}`
  }
}

const loaded = (written: string | undefined) =>
  seen(ownServerView(afterNavigation(FRESH, written === undefined ? undefined : address(written)), page))

describe('what a page loaded from a link does with ?server=', () => {
  it('lets the stand-in answer without one, and names an address it cannot use', () => {
    expect(loaded(undefined)).toBe('stand-in')
    expect(loaded('evil.example')).toBe('invalid evil.example')
  })

  it('connects to this machine and to the playground’s own origin', () => {
    expect(loaded('http://127.0.0.1:8000')).toBe('connected http://127.0.0.1:8000/')
    expect(loaded('/fastapi')).toBe('connected https://example.github.io/fastapi/')
  })

  it('asks before another host, naming it as the browser will reach it', () => {
    expect(loaded('https://Evil.Example:8443/app')).toBe('asking evil.example https://evil.example:8443/app/')
    expect(loaded('http://bücher.example')).toBe('asking xn--bcher-kva.example http://xn--bcher-kva.example/')
  })
})

describe('how the learner’s answers move it on', () => {
  it('connects once the learner agrees, and only to the host asked about', () => {
    const asking = afterNavigation(FRESH, address('https://evil.example'))
    const agreed = afterAgreement(asking)
    expect(seen(ownServerView(agreed, page))).toBe('connected https://evil.example/')
    // Back or Forward to the same server keeps it; to another host, or after leaving, it asks again.
    expect(seen(ownServerView(afterNavigation(agreed, address('https://evil.example/')), page))).toBe(
      'connected https://evil.example/',
    )
    expect(seen(ownServerView(afterNavigation(agreed, address('https://evil.example:8443')), page))).toBe(
      'asking evil.example https://evil.example:8443/',
    )
    const left = afterNavigation(agreed, undefined)
    expect(seen(ownServerView(left, page))).toBe('stand-in')
    expect(seen(ownServerView(afterNavigation(left, address('https://evil.example')), page))).toBe(
      'asking evil.example https://evil.example/',
    )
  })

  it('takes an address the learner typed as chosen, whatever its host', () => {
    expect(seen(ownServerView(afterChoice(address('https://my-server.example')), page))).toBe(
      'connected https://my-server.example/',
    )
    expect(seen(ownServerView(afterChoice(undefined), page))).toBe('stand-in')
  })

  it('has nothing to agree to without a valid address', () => {
    expect(afterAgreement(FRESH)).toEqual(FRESH)
    const invalid = afterNavigation(FRESH, address('ftp://evil.example'))
    expect(afterAgreement(invalid)).toBe(invalid)
    expect(seen(ownServerView(afterAgreement(invalid), page))).toBe('invalid ftp://evil.example')
  })
})
