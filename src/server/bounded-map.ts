// A Map that forgets its oldest entries past a capacity: for what a long session would otherwise
// pile up (records of answered requests, ids waiting for a message that may never come).

/**
 * A `Map` whose `set` of a new key, once the map holds more than `capacity` entries, deletes the
 * oldest ones: first set, first forgotten. Setting a key it already holds keeps the key's place, as
 * a Map does. `onForget` hears of each entry forgotten that way (not of `delete` or `clear`).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly capacity: number
  readonly #onForget: ((key: K, value: V) => void) | undefined

  constructor(capacity: number, onForget?: (key: K, value: V) => void) {
    super()
    this.capacity = capacity
    this.#onForget = onForget
  }

  override set(key: K, value: V): this {
    super.set(key, value)
    while (this.size > this.capacity) {
      const [oldest] = this.entries()
      if (!oldest) break
      super.delete(oldest[0])
      this.#onForget?.(oldest[0], oldest[1])
    }
    return this
  }
}
