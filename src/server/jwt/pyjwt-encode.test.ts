import { describe, expect, it } from 'vitest'
import { FIXTURE_TOKENS } from '../../testing/fixture-tokens'
import { SECRET_KEY } from '../../lessons/shared/jwt-tutorial'
import { pyjwtEncode } from './pyjwt-encode'

describe('jwt.encode', () => {
  it.each([
    [{ data: 'foo' }, FIXTURE_TOKENS['data-foo']],
    [{ sub: 'username:bob' }, FIXTURE_TOKENS['sub-bob']],
    [{ sub: 'johndoe', exp: 4102444800 }, FIXTURE_TOKENS['john-exp2100']],
    [{ sub: 'johndoe', scope: 'me items' }, FIXTURE_TOKENS['john-me-items']],
    [{ sub: 'johndoe', scopes: ['me'] }, FIXTURE_TOKENS['john-scopes-list']],
  ])('writes %j exactly as PyJWT does', async (claims, token) => {
    expect(await pyjwtEncode(claims, SECRET_KEY)).toBe(token)
  })

  it('always writes the header {"alg":"HS256","typ":"JWT"}', async () => {
    const token = await pyjwtEncode({}, SECRET_KEY)
    expect(token.split('.')[0]).toBe('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9')
  })

  it('escapes non-ASCII in the payload as Python’s json.dumps does', async () => {
    const token = await pyjwtEncode({ scope: 'café 😀\u007f' }, SECRET_KEY)
    const payload = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()
    expect(payload).toBe('{"scope":"caf\\u00e9 \\ud83d\\ude00\\u007f"}')
  })
})
