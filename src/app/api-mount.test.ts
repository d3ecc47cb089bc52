import { describe, expect, it } from 'vitest'
import { apiMount, resolveTokenUrl } from './api-mount'

const base = new URL('http://localhost:4174/learn/oauth2/')

describe('apiMount', () => {
  it('mounts the API at the base folder, with FastAPI’s docs page beside it', () => {
    const mount = apiMount(base, false)
    expect(mount.apiRoot.href).toBe('http://localhost:4174/learn/oauth2/')
    expect(mount.docsPage.href).toBe('http://localhost:4174/learn/oauth2/docs')
  })

  it('moves everything below /api/v1 behind the proxy', () => {
    const mount = apiMount(base, true)
    expect(mount.apiRoot.href).toBe('http://localhost:4174/learn/oauth2/api/v1/')
    expect(mount.docsPage.href).toBe('http://localhost:4174/learn/oauth2/api/v1/docs')
  })
})

describe('resolveTokenUrl', () => {
  it('keeps a relative tokenUrl inside the mount and lets an absolute one escape it', () => {
    const { docsPage } = apiMount(base, true)
    expect(resolveTokenUrl('token', docsPage).href).toBe('http://localhost:4174/learn/oauth2/api/v1/token')
    expect(resolveTokenUrl('/token', docsPage).href).toBe('http://localhost:4174/token')
  })
})
