import { describe, expect, it } from 'vitest'
import { validateForm } from './form-model'
import { formSchema } from './form-model'
import { oauth2PasswordRequestForm, oauth2PasswordRequestFormStrict } from './oauth2-password-request-form'
import { parseUrlencoded } from './read-form'
import type { FormValue } from './upload-file'

const validate = (body: string) => validateForm(oauth2PasswordRequestForm, parseUrlencoded(body))
const missing = (field: string) => ({ type: 'missing', loc: ['body', field], msg: 'Field required', input: null })

describe('OAuth2PasswordRequestForm', () => {
  it('parses the fields the way FastAPI hands them to the endpoint', () => {
    expect(validate('username=u&password=p')).toEqual({
      ok: true,
      releaseChanges: [],
      form: { grantType: null, username: 'u', password: 'p', scopes: [], clientId: null, clientSecret: null },
    })
    expect(
      validate(
        'username=u&password=p&grant_type=password&scope=%20%20a%20%20b%3Ac%09d%20&client_id=cid&client_secret=csec',
      ),
    ).toEqual({
      ok: true,
      releaseChanges: [],
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
    expect(validate('username=&password=p')).toEqual({ ok: false, errors: [missing('username')], releaseChanges: [] })
    expect(validate('')).toEqual({ ok: false, errors: [missing('username'), missing('password')], releaseChanges: [] })
  })

  it.each(['foo', 'Password', 'xpassword', 'passwordX'])(
    'rejects grant_type=%s with the pattern error',
    (grantType) => {
      expect(validate(`grant_type=${grantType}&username=u&password=p`)).toEqual({
        ok: false,
        releaseChanges: [],
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

describe('OAuth2PasswordRequestFormStrict', () => {
  const validateStrict = (body: string) => validateForm(oauth2PasswordRequestFormStrict, parseUrlencoded(body))

  it('requires grant_type, and an empty one counts as missing', () => {
    expect(validateStrict('username=u&password=p')).toEqual({
      ok: false,
      errors: [missing('grant_type')],
      releaseChanges: [],
    })
    expect(validateStrict('grant_type=&username=u&password=p')).toMatchObject({ errors: [missing('grant_type')] })
    expect(validateStrict('grant_type=password&username=u&password=p&scope=me')).toMatchObject({
      ok: true,
      form: { grantType: 'password', username: 'u', password: 'p', scopes: ['me'] },
    })
  })

  it('rejects another grant_type with the pattern error, before the fields that follow it', () => {
    expect(validateStrict('grant_type=client_credentials')).toMatchObject({
      ok: false,
      errors: [
        { type: 'string_pattern_mismatch', loc: ['body', 'grant_type'], input: 'client_credentials' },
        missing('username'),
        missing('password'),
      ],
    })
  })

  // FastAPI 0.165.0's OAuth2PasswordRequestFormStrict.openapi schema, as `fastapi run` printed it.
  it('documents grant_type as required, and no password format', () => {
    expect(JSON.stringify(formSchema(oauth2PasswordRequestFormStrict, 'Body_login_token_post'))).toBe(
      '{"properties":{"grant_type":{"type":"string","pattern":"^password$","title":"Grant Type"},' +
        '"username":{"type":"string","title":"Username"},"password":{"type":"string","title":"Password"},' +
        '"scope":{"type":"string","title":"Scope","default":""},' +
        '"client_id":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Client Id"},' +
        '"client_secret":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Client Secret"}},' +
        '"type":"object","required":["grant_type","username","password"],"title":"Body_login_token_post"}',
    )
  })
})

// FastAPI 0.92: OAuth2PasswordRequestForm declared `grant_type: str = Form(default=None,
// regex="password")` (fastapi/security/oauth2.py there) and Pydantic 1 checks a regex with
// re.match (pydantic/validators.py, constr_regex_validator): anchored at the start only. The rows
// named below are in docs/fastapi-behaviour.md#what-fastapi-092-did-differently.
describe('OAuth2PasswordRequestForm in FastAPI 0.92', () => {
  const validate092 = (body: string) => validateForm(oauth2PasswordRequestForm, parseUrlencoded(body), '0.92')
  const missing092 = (field: string) => ({ loc: ['body', field], msg: 'field required', type: 'value_error.missing' })
  const regex092 = {
    loc: ['body', 'grant_type'],
    msg: 'string does not match regex "password"',
    type: 'value_error.str.regex',
    ctx: { pattern: 'password' },
  }

  it('accepts a grant_type that only starts with "password", and says today’s FastAPI would not (row `grant-type-prefix`)', () => {
    expect(validate092('grant_type=passwordX&username=u&password=p')).toMatchObject({
      ok: true,
      form: { grantType: 'passwordX' },
      releaseChanges: ['grant-type-prefix'],
    })
    expect(validate092('grant_type=password&username=u&password=p')).toMatchObject({ ok: true, releaseChanges: [] })
  })

  it.each(['foo', 'Password', 'xpassword', 'PASSWORD'])(
    'rejects grant_type=%s with Pydantic 1’s regex error',
    (value) => {
      expect(validate092(`grant_type=${value}&username=u&password=p`)).toEqual({
        ok: false,
        errors: [regex092],
        releaseChanges: ['pydantic-1-errors'],
      })
    },
  )

  it('writes missing fields in Pydantic 1’s words and key order (row `pydantic-1-errors`)', () => {
    const result = validate092('username=&scope=x')
    expect(result).toEqual({
      ok: false,
      errors: [missing092('username'), missing092('password')],
      releaseChanges: ['pydantic-1-errors'],
    })
    expect(JSON.stringify(result.ok ? null : result.errors[0])).toBe(
      '{"loc":["body","username"],"msg":"field required","type":"value_error.missing"}',
    )
  })

  it('does not check the rest of a prefix-matched grant_type when other fields are missing', () => {
    expect(validate092('grant_type=passwordish')).toMatchObject({
      ok: false,
      errors: [missing092('username'), missing092('password')],
      releaseChanges: ['pydantic-1-errors', 'grant-type-prefix'],
    })
  })
})

describe('OAuth2PasswordRequestForm given an uploaded file', () => {
  const file = (filename: string, content: string) => ({
    filename,
    headers: [['content-disposition', `form-data; name="username"; filename="${filename}"`] as const],
    content: new TextEncoder().encode(content),
  })
  const withUsername = (username: FormValue) =>
    new Map<string, FormValue>([
      ['username', username],
      ['password', 'p'],
    ])

  it('refuses it as no string, echoing the UploadFile as today’s FastAPI encodes it', () => {
    const validation = validateForm(oauth2PasswordRequestForm, withUsername(file('a.txt', 'johndoe')))
    expect(validation).toMatchObject({
      ok: false,
      errors: [
        {
          type: 'string_type',
          loc: ['body', 'username'],
          msg: 'Input should be a valid string',
          input: { filename: 'a.txt', size: 7, _max_mem_size: 1048576 },
        },
      ],
    })
  })

  it('reads an empty file input (no filename, no bytes) as a missing field today', () => {
    expect(validateForm(oauth2PasswordRequestForm, withUsername(file('', '')))).toMatchObject({
      ok: false,
      errors: [missing('username')],
    })
  })

  it('as FastAPI 0.92, refuses any file, an empty one too, as Pydantic 1’s StrError', () => {
    for (const sent of [file('a.txt', 'johndoe'), file('', '')]) {
      expect(validateForm(oauth2PasswordRequestForm, withUsername(sent), '0.92')).toEqual({
        ok: false,
        errors: [{ loc: ['body', 'username'], msg: 'str type expected', type: 'type_error.str' }],
        releaseChanges: ['pydantic-1-errors'],
      })
    }
  })
})
