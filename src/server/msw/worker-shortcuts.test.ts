import { describe, expect, it } from 'vitest'
import { isPlaygroundOwn } from './worker-shortcuts'

const base = new URL('http://localhost/learn/oauth2/')
const request = (path: string, mode = 'cors') => ({ url: new URL(path, base).href, mode })

describe('isPlaygroundOwn', () => {
  it('takes the page’s own files and page loads, whatever lesson API is mounted', () => {
    expect(isPlaygroundOwn(request('assets/swagger-pane-x.js'), base)).toBe(true)
    expect(isPlaygroundOwn(request('favicon.svg?v=1'), base)).toBe(true)
    expect(isPlaygroundOwn(request('mockServiceWorker.js'), base)).toBe(true)
    expect(isPlaygroundOwn(request('./?lesson=oauth2-jwt', 'navigate'), base)).toBe(true)
  })

  it('leaves every API path to msw and the stand-in, at the base and behind the proxy', () => {
    expect(isPlaygroundOwn(request('openapi.json'), base)).toBe(false)
    expect(isPlaygroundOwn(request('items/'), base)).toBe(false)
    expect(isPlaygroundOwn(request('token'), base)).toBe(false)
    expect(isPlaygroundOwn(request('api/v1/openapi.json'), base)).toBe(false)
    expect(isPlaygroundOwn(request('docs'), base)).toBe(false)
  })

  it('leaves requests outside the playground’s folder to msw', () => {
    expect(isPlaygroundOwn({ url: 'http://localhost/assets/x.js', mode: 'cors' }, base)).toBe(false)
    expect(isPlaygroundOwn({ url: 'http://127.0.0.1:8000/items/', mode: 'cors' }, base)).toBe(false)
  })
})
