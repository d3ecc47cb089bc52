import { describe, expect, it } from 'vitest'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createAccessToken, DUMMY_HASH, JOHNDOE } from './jwt-tutorial'

describe('the stored hashes', { timeout: 20_000 }, () => {
  it('verify johndoe’s password, and the dummy hash accepts neither tutorial password', async () => {
    expect(await directPasswordVerifier.verify('secret', JOHNDOE.hashed_password)).toBe(true)
    expect(await directPasswordVerifier.verify('secret', DUMMY_HASH)).toBe(false)
    expect(await directPasswordVerifier.verify('secretalice', DUMMY_HASH)).toBe(false)
  })
})

describe('create_access_token', () => {
  it('adds exp thirty minutes ahead, in whole seconds, after the other claims', async () => {
    const token = await createAccessToken({ sub: 'johndoe', scope: '' }, Date.UTC(2026, 0, 15, 12, 0, 0, 999))
    const payload = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()
    expect(payload).toBe(`{"sub":"johndoe","scope":"","exp":${Date.UTC(2026, 0, 15, 12, 30, 0) / 1000}}`)
  })
})
