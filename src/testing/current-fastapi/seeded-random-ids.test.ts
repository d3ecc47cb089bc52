// The stand-in's seeded ids must be the ones the server's sitecustomize hands out, call for call.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { currentFastApiPython } from './python'
import { RANDOM_ID_SEED, seededRandomIds } from './seeded-random-ids'

const FROZEN_CLOCK_FOLDER = fileURLToPath(new URL('./frozen-clock/', import.meta.url))
const SIZES = [16, 16, 32, 1, 0, 16, 32]

describe('seeded random ids', () => {
  it('are the sequence the seeded secrets.token_urlsafe of the server gives', () => {
    const run = spawnSync(
      currentFastApiPython(),
      ['-c', `import secrets\nfor n in ${JSON.stringify(SIZES)}: print(secrets.token_urlsafe(n))`],
      { env: { ...process.env, PYTHONPATH: FROZEN_CLOCK_FOLDER, SEEDED_RANDOM_IDS: RANDOM_ID_SEED }, encoding: 'utf8' },
    )
    expect(run.stderr).toBe('')
    const randomId = seededRandomIds()
    expect(run.stdout.trimEnd().split('\n')).toEqual(SIZES.map((size) => randomId(size)))
  })

  it('starts again for each app, and differs from call to call', () => {
    const first = seededRandomIds()
    const again = seededRandomIds()
    expect(first(16)).toBe(again(16))
    expect(first(16)).not.toBe(first(16))
    expect(first(32)).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
