// The stand-in's twin of the seeded secrets.token_urlsafe in frozen-clock/sitecustomize.py: the
// n-th call gives the first `nbytes` bytes of SHAKE-256 over "<seed>:<n>", as base64url without
// padding. A fresh sequence for each fresh app, as each fresh server starts its own.
import { createHash } from 'node:crypto'

/** The seed both sides are given: SEEDED_RANDOM_IDS for the server. */
export const RANDOM_ID_SEED = 'bearer-playground'

export function seededRandomIds(seed: string = RANDOM_ID_SEED): (nbytes: number) => string {
  let calls = 0
  return (nbytes) => {
    calls += 1
    return createHash('shake256', { outputLength: nbytes }).update(`${seed}:${calls}`).digest('base64url')
  }
}
