// msw 3 targets Node 22; these two polyfills let its handlers run under Vitest on Node 20 (vite.config.ts
// runs this file before every test file).
const promiseStatics = Promise as unknown as { withResolvers?: unknown }
if (typeof promiseStatics.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void
      let reject!: (reason?: unknown) => void
      const promise = new Promise<T>((res, rej) => {
        resolve = res
        reject = rej
      })
      return { promise, resolve, reject }
    },
  })
}

const setMethods = Set.prototype as unknown as Record<string, unknown>
for (const [name, keep] of [
  ['intersection', true],
  ['difference', false],
] as const) {
  if (typeof setMethods[name] !== 'function') {
    Object.defineProperty(Set.prototype, name, {
      configurable: true,
      writable: true,
      value(this: Set<unknown>, other: Set<unknown>) {
        return new Set([...this].filter((value) => other.has(value) === keep))
      },
    })
  }
}

export {}
