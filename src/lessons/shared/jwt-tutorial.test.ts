import { describe, expect, it } from 'vitest'
import { HTTPException } from '../../server/http-exception'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { FIXTURE_TOKENS } from '../../testing/fixture-tokens'
import {
  createAccessToken,
  createFakeUsersDb,
  DUMMY_HASH,
  getCurrentUser,
  JOHNDOE,
  requireActiveUser,
  SECRET_KEY,
  type JwtTutorialApp,
} from './jwt-tutorial'

describe('the stored hashes', { timeout: 20_000 }, () => {
  it('verify johndoe’s password, and the dummy hash accepts neither tutorial password', async () => {
    expect(await directPasswordVerifier.verify('secret', JOHNDOE.hashed_password)).toBe(true)
    expect(await directPasswordVerifier.verify('secret', DUMMY_HASH)).toBe(false)
    expect(await directPasswordVerifier.verify('secretalice', DUMMY_HASH)).toBe(false)
  })
})

describe('fake_users_db', () => {
  it('holds johndoe and the lesson’s other users, and nothing an object would inherit', () => {
    const alice = { ...JOHNDOE, username: 'alice' }
    const db = createFakeUsersDb([alice])
    expect([...db.keys()]).toEqual(['johndoe', 'alice'])
    expect(db.get('constructor')).toBeUndefined()
  })
})

describe('create_access_token', () => {
  it('adds exp thirty minutes ahead, in whole seconds, after the other claims', async () => {
    const token = await createAccessToken({ sub: 'johndoe', scope: '' }, Date.UTC(2026, 0, 15, 12, 0, 0, 999))
    const payload = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()
    expect(payload).toBe(`{"sub":"johndoe","scope":"","exp":${Date.UTC(2026, 0, 15, 12, 30, 0) / 1000}}`)
  })
})

describe('get_current_user and get_current_active_user', () => {
  const app: JwtTutorialApp = {
    fakeUsersDb: createFakeUsersDb([{ ...JOHNDOE, username: 'alice', disabled: true }]),
    services: { passwords: directPasswordVerifier, now: () => Date.UTC(2026, 0, 15, 12), release: 'current' },
  }
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => (error instanceof HTTPException ? error : undefined),
    )

  it('says why, and challenges with plain Bearer, without SecurityScopes (tutorial004)', async () => {
    const unknown = await refusal(getCurrentUser(FIXTURE_TOKENS['sub-foo'], app))
    expect(unknown).toMatchObject({ statusCode: 401, headers: { 'WWW-Authenticate': 'Bearer' } })
    expect(unknown?.why).toBe('the signature is good, but the token\'s sub "foo" is not a user in fake_users_db')
    const alice = await getCurrentUser(FIXTURE_TOKENS['alice-me'], app)
    const disabled = await refusal(Promise.resolve().then(() => requireActiveUser(alice, false)))
    expect(disabled).toMatchObject({ statusCode: 400, why: 'the token is valid, but alice is disabled' })
  })

  it('never reads the scope claim without SecurityScopes, so one that is not a string does no harm', async () => {
    const token = await pyjwtEncode({ sub: 'johndoe', scope: ['me'] }, SECRET_KEY)
    expect(await getCurrentUser(token, app)).toBe(JOHNDOE)
    await expect(getCurrentUser(token, app, [])).rejects.toThrow(TypeError)
  })

  it('names the required scopes in the challenge, and checks them before the disabled flag (tutorial005)', async () => {
    const unknown = await refusal(getCurrentUser(FIXTURE_TOKENS['sub-foo'], app, ['items', 'me']))
    expect(unknown?.headers).toEqual({ 'WWW-Authenticate': 'Bearer scope="items me"' })
    const lacking = await refusal(getCurrentUser(FIXTURE_TOKENS['alice-me'], app, ['items', 'me']))
    expect(lacking).toMatchObject({ statusCode: 401, detail: 'Not enough permissions', check: 'missing-scope' })
    const alice = await getCurrentUser(FIXTURE_TOKENS['alice-me'], app, ['me'])
    const disabled = await refusal(Promise.resolve().then(() => requireActiveUser(alice, true)))
    expect(disabled?.why).toBe('the token is valid and has the scopes, but alice is disabled')
  })
})
