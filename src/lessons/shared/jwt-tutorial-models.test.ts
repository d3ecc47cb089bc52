import { describe, expect, it } from 'vitest'
import { JOHNDOE } from './jwt-tutorial'
import { tokenModel, userModel } from './jwt-tutorial-models'

describe('the User response model', () => {
  it('drops hashed_password and keeps the declared key order', () => {
    const shuffled = { disabled: false, hashed_password: 'x', full_name: 'J', email: null, username: 'j' }
    expect(JSON.stringify(userModel.serialize(shuffled))).toBe(
      '{"username":"j","email":null,"full_name":"J","disabled":false}',
    )
  })

  it('writes johndoe as FastAPI does', () => {
    expect(JSON.stringify(userModel.serialize(JOHNDOE))).toBe(
      '{"username":"johndoe","email":"johndoe@example.com","full_name":"John Doe","disabled":false}',
    )
  })
})

describe('the Token response model', () => {
  it('keeps access_token then token_type, and nothing else', () => {
    const token = { token_type: 'bearer', access_token: 'abc', extra: 1 }
    expect(JSON.stringify(tokenModel.serialize(token))).toBe('{"access_token":"abc","token_type":"bearer"}')
  })
})
