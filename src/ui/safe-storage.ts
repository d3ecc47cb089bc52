// Browser storage that may be missing or denied and never throws. In a cross-origin iframe or with
// storage blocked, even reading `window.localStorage` throws a SecurityError; a full quota makes
// writes throw. Whatever is remembered here is a convenience, so a failure only means forgetting.

/** A string-to-string store; every method answers instead of throwing. */
export interface KeyValueStore {
  /** The stored value, or undefined when there is none or it cannot be read. */
  read(key: string): string | undefined
  /** Whether the value was stored. */
  write(key: string, value: string): boolean
  remove(key: string): void
}

let denied = false

/** The page's localStorage, or undefined where there is none or the browser denies it. */
export function localStore(): KeyValueStore | undefined {
  if (denied) return undefined
  let storage: Storage | null | undefined
  try {
    storage = typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
  return storage ? guarded(storage) : undefined
}

function guarded(storage: Storage): KeyValueStore {
  return {
    read(key) {
      try {
        return storage.getItem(key) ?? undefined
      } catch {
        return undefined
      }
    },
    write(key, value) {
      try {
        storage.setItem(key, value)
        return true
      } catch {
        return false
      }
    },
    remove(key) {
      try {
        storage.removeItem(key)
      } catch {
        // Nothing to do: the value stays until storage works again.
      }
    },
  }
}

/**
 * Where the browser denies storage, puts a memory-only stand-in in place of `localStorage` and
 * `sessionStorage`, so that libraries that read them unguarded keep working (the mock's start names
 * one). Call it before loading them. `localStore()` still answers undefined afterwards: nothing
 * stored there outlives the page.
 */
export function standInForDeniedStorage(): void {
  if (typeof window === 'undefined') return
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      // Merely reading the property is what throws.
      Reflect.get(window, name)
    } catch {
      if (name === 'localStorage') denied = true
      Object.defineProperty(window, name, { configurable: true, value: memoryStorage() })
    }
  }
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'clear' | 'key' | 'length'> {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
    clear: () => {
      items.clear()
    },
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size
    },
  }
}

/**
 * The tab's sessionStorage, or undefined where it is missing or denied: for what must be forgotten
 * when the tab closes (a server's address), never for anything secret.
 */
export function sessionStore(): KeyValueStore | undefined {
  let storage: Storage | null | undefined
  try {
    storage = typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    return undefined
  }
  return storage ? guarded(storage) : undefined
}
