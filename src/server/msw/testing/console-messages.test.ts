import { describe, expect, it } from 'vitest'
import { isMswMessage, isWorkerUpdateRefusal } from './console-messages'

describe('msw’s console messages', () => {
  it('are the ones that start with its prefix, styled or not', () => {
    expect(isMswMessage('[MSW] Warning: intercepted a request without a matching request handler')).toBe(true)
    expect(isMswMessage('[MSW] Failed to store the active clients: QuotaExceededError')).toBe(true)
    expect(isMswMessage('%c[MSW] Mocking enabled.')).toBe(true)
    expect(isMswMessage('Uncaught (in promise) [MSW] x')).toBe(false)
    expect(isMswMessage('GET /items/ answered 401 [MSW]')).toBe(false)
  })

  it('leave aside only Chromium’s refusal of the update msw does not await', () => {
    const refusal =
      "Failed to update a ServiceWorker for scope ('http://127.0.0.1:4501/learn/oauth2/') with script " +
      "('http://127.0.0.1:4501/learn/oauth2/playground-worker.js'): Not found"
    expect(isWorkerUpdateRefusal(refusal)).toBe(true)
    expect(isWorkerUpdateRefusal(`Uncaught (in promise) TypeError: ${refusal}`)).toBe(true)
    expect(isWorkerUpdateRefusal(refusal.replace('Not found', 'Timed out'))).toBe(false)
    expect(isWorkerUpdateRefusal(refusal.replace('playground-worker.js', 'other-worker.js'))).toBe(false)
  })
})
