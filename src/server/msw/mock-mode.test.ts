import { describe, expect, it } from 'vitest'
import { chooseMockMode, inPageReasonFor, inPageReasonText, WorkerStartTimeout, type InPageReason } from './mock-mode'

const everything = { hasServiceWorkers: true, isSecureContext: true }

describe('the mode the mock starts in', () => {
  it('tries the service worker where the browser offers one on a secure page', () => {
    expect(chooseMockMode(everything, null)).toEqual({ mode: 'service-worker' })
    expect(chooseMockMode(everything, 'something-else')).toEqual({ mode: 'service-worker' })
  })

  it('mocks in the page without service workers, on an insecure page, or when the link asks for it', () => {
    expect(chooseMockMode({ hasServiceWorkers: false, isSecureContext: true }, null)).toEqual({
      mode: 'in-page',
      reason: 'no-service-workers',
    })
    expect(chooseMockMode({ hasServiceWorkers: true, isSecureContext: false }, null)).toEqual({
      mode: 'in-page',
      reason: 'insecure-context',
    })
    expect(chooseMockMode(everything, 'in-page')).toEqual({ mode: 'in-page', reason: 'asked' })
  })
})

describe('what a failed start of the worker leads to', () => {
  it('a refusal by the browser: the page mocks by itself', () => {
    // Chromium's getRegistrations in a frame denied third-party storage, as thrown.
    const fromGetRegistrations = new DOMException(
      'Failed to get ServiceWorkerRegistration objects: The user denied permission to use Service Worker.',
      'NotSupportedError',
    )
    // msw's wrapping of a refused register().
    const fromRegister = new Error(
      "[MSW] Failed to register the Service Worker:\n\nFailed to register a ServiceWorker for scope ('http://127.0.0.1/') with script ('http://127.0.0.1/playground-worker.js'): The user denied permission to use Service Worker.",
    )
    const firefox = new DOMException('The operation is insecure.', 'SecurityError')
    for (const error of [fromGetRegistrations, fromRegister, firefox]) {
      expect(inPageReasonFor(error), error.message).toBe('refused')
    }
  })

  it('a worker too slow to start: the page mocks by itself', () => {
    expect(inPageReasonFor(new WorkerStartTimeout(20))).toBe('timed-out')
  })

  it('a missing worker script, or anything unknown: no fallback, the deployment must be fixed', () => {
    const missing = new Error(
      "[MSW] Failed to register a Service Worker for scope ('http://127.0.0.1/') with script ('http://127.0.0.1/playground-worker.js'): Service Worker script does not exist at the given path.",
    )
    expect(inPageReasonFor(missing)).toBeUndefined()
    expect(inPageReasonFor(new TypeError('Failed to fetch dynamically imported module'))).toBeUndefined()
    expect(inPageReasonFor('denied permission')).toBeUndefined()
  })

  it('names each reason in its own words', () => {
    const reasons: InPageReason[] = [
      'no-service-workers',
      'insecure-context',
      'refused',
      'timed-out',
      'not-controlled',
      'asked',
    ]
    const texts = reasons.map(inPageReasonText)
    expect(new Set(texts).size).toBe(reasons.length)
    expect(inPageReasonText('refused')).toBe('your browser refused a service worker here')
  })
})
