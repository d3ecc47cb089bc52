// In place of lodash/fp's `set` and `assocPath` (the same function), for Swagger UI's own imports
// (swagger-ui-trim.ts): the functional build of lodash converts methods at run time and brings
// most of lodash with it. Swagger UI calls it twice, on plain objects: to put a typed option in
// place by its dotted path ("syntaxHighlight.activated"), and a resolved subtree by its path of
// keys. Like lodash/fp, it changes nothing it is given: each object along the path is copied.
// lodash-fp-set.test.ts compares it with lodash/fp.

type Key = string | number | symbol

/** lodash's `toPath` for what Swagger UI passes: a key list, or keys joined by dots and `[n]`. */
function keysOf(path: Key | readonly Key[]): Key[] {
  if (Array.isArray(path)) return [...(path as readonly Key[])]
  if (typeof path !== 'string') return [path as Key]
  if (/["'\\]/.test(path)) {
    throw new Error(`Bearer Playground's lodash/fp set reads no quoted keys: ${JSON.stringify(path)}`)
  }
  // split() gives `undefined` for the index group where a dot matched.
  const parts: (string | undefined)[] = path.split(/\.|\[(\d+)\]\.?/)
  return parts.filter((key): key is string => key !== undefined && key !== '')
}

const isIndex = (key: Key | undefined) =>
  typeof key === 'number' || (typeof key === 'string' && /^(?:0|[1-9]\d*)$/.test(key))

/** A shallow copy that keeps an object's prototype and an array's kind, as lodash's `clone` does. */
function copy(value: object): Record<Key, unknown> {
  if (Array.isArray(value)) return [...(value as unknown[])] as unknown as Record<Key, unknown>
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as object, value) as Record<
    Key,
    unknown
  >
}

export function setImmutably(path: Key | readonly Key[], value: unknown, object: unknown): unknown {
  const keys = keysOf(path)
  const root = copy(Object(object) as object)
  let node = root
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = value
      return
    }
    const next = node[key]
    node[key] = typeof next === 'object' && next !== null ? copy(next) : isIndex(keys[index + 1]) ? [] : {}
    node = node[key] as Record<Key, unknown>
  })
  return root
}

// Swagger UI imports lodash/fp/set and lodash/fp/assocPath by their default exports.
export { setImmutably as default }
