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

/** The page's localStorage, or undefined where there is none or the browser denies it. */
export function localStore(): KeyValueStore | undefined {
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
