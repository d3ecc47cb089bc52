import { describe, expect, it } from 'vitest'
import { validateForm } from './form-model'
import { oauth2PasswordRequestForm } from './oauth2-password-request-form'
import { parseUrlencoded } from './read-form'

const validate = (body: string) => validateForm(oauth2PasswordRequestForm, parseUrlencoded(body))
const missing = (field: string) => ({ type: 'missing', loc: ['body', field], msg: 'Field required', input: null })

describe('OAuth2PasswordRequestForm', () => {
  it('parses the fields the way FastAPI hands them to the endpoint', () => {
    expect(validate('username=u&password=p')).toEqual({
      ok: true,
      form: { grantType: null, username: 'u', password: 'p', scopes: [], clientId: null, clientSecret: null },
    })
    expect(
      validate(
        'username=u&password=p&grant_type=password&scope=%20%20a%20%20b%3Ac%09d%20&client_id=cid&client_secret=csec',
      ),
    ).toEqual({
      ok: true,
      form: {
        grantType: 'password',
        username: 'u',
        password: 'p',
        scopes: ['a', 'b:c', 'd'],
        clientId: 'cid',
        clientSecret: 'csec',
      },
    })
  })

  it('treats empty values as missing', () => {
    expect(validate('username=u&password=p&grant_type=&client_id=&scope=')).toMatchObject({
      ok: true,
      form: { grantType: null, clientId: null, scopes: [] },
    })
    expect(validate('username=&password=p')).toEqual({ ok: false, errors: [missing('username')] })
    expect(validate('')).toEqual({ ok: false, errors: [missing('username'), missing('password')] })
  })

  it.each(['foo', 'Password', 'xpassword', 'passwordX'])(
    'rejects grant_type=%s with the pattern error',
    (grantType) => {
      expect(validate(`grant_type=${grantType}&username=u&password=p`)).toEqual({
        ok: false,
        errors: [
          {
            type: 'string_pattern_mismatch',
            loc: ['body', 'grant_type'],
            msg: "String should match pattern '^password$'",
            input: grantType,
            ctx: { pattern: '^password$' },
          },
        ],
      })
    },
  )

  it('lists errors in the order the fields are declared', () => {
    expect(validate('grant_type=foo')).toMatchObject({
      ok: false,
      errors: [{ loc: ['body', 'grant_type'] }, { loc: ['body', 'username'] }, { loc: ['body', 'password'] }],
    })
  })
})
