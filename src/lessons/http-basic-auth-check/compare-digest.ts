// `secrets.compare_digest` for bytes: how long it takes depends on the expected value's length
// only, never on where the first differing byte is, so timing the answer leaks nothing.

export function compareDigest(given: Uint8Array, expected: Uint8Array): boolean {
  // Like CPython, a length mismatch still walks the expected bytes (against themselves) and fails.
  const left = given.length === expected.length ? given : expected
  let difference = given.length === expected.length ? 0 : 1
  for (let index = 0; index < expected.length; index += 1) {
    difference |= (left[index] ?? 0) ^ (expected[index] ?? 0)
  }
  return difference === 0
}
