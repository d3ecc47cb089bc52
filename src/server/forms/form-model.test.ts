// The parts of a declared form that OAuth2PasswordRequestForm does not use: a Literal field.
// Facts from FastAPI 0.165.0 with Pydantic 2.14, for
// `grant_type: Annotated[Literal["password", "refresh_token"], Form()]` beside three
// `Annotated[str, Form()] = ""` fields.
import { describe, expect, it } from 'vitest'
import { formSchema, validateForm, type FormModel } from './form-model'
import { parseUrlencoded } from './read-form'
import { uploadFileInput, type UploadedFile } from './upload-file'

const grantForm: FormModel<Readonly<Record<string, string | null>>> = {
  fields: [
    { name: 'grant_type', required: true, literal: ['password', 'refresh_token'] },
    { name: 'username', required: false, default: '' },
    { name: 'refresh_token', required: false, default: '' },
  ],
  build: (values) => values,
}
const validate = (body: string) => validateForm(grantForm, parseUrlencoded(body))

describe('a Literal form field', () => {
  it('takes each allowed value exactly', () => {
    expect(validate('grant_type=refresh_token&refresh_token=r')).toEqual({
      ok: true,
      releaseChanges: [],
      form: { grant_type: 'refresh_token', username: '', refresh_token: 'r' },
    })
    expect(validate('grant_type=password')).toMatchObject({ ok: true, form: { grant_type: 'password' } })
  })

  it.each(['x', 'Password', 'password ', 'refresh-token'])('refuses %j with literal_error, echoing it', (value) => {
    expect(validate(`grant_type=${encodeURIComponent(value)}`)).toEqual({
      ok: false,
      releaseChanges: [],
      errors: [
        {
          type: 'literal_error',
          loc: ['body', 'grant_type'],
          msg: "Input should be 'password' or 'refresh_token'",
          input: value,
          ctx: { expected: "'password' or 'refresh_token'" },
        },
      ],
    })
  })

  it('refuses an uploaded file with literal_error, echoing the file as FastAPI encodes it', () => {
    const file: UploadedFile = {
      filename: 'g.txt',
      headers: [['content-disposition', 'form-data; name="grant_type"; filename="g.txt"']],
      content: new TextEncoder().encode('password'),
    }
    expect(validateForm(grantForm, new Map([['grant_type', file]]))).toEqual({
      ok: false,
      releaseChanges: [],
      errors: [
        {
          type: 'literal_error',
          loc: ['body', 'grant_type'],
          msg: "Input should be 'password' or 'refresh_token'",
          input: uploadFileInput(file),
          ctx: { expected: "'password' or 'refresh_token'" },
        },
      ],
    })
  })

  it('counts an empty value as missing, as for any form field', () => {
    expect(validate('grant_type=')).toMatchObject({ ok: false, errors: [{ type: 'missing' }] })
  })

  it('documents the allowed values as an enum', () => {
    expect(JSON.stringify(formSchema(grantForm, 'Body_x'))).toBe(
      '{"properties":{"grant_type":{"type":"string","enum":["password","refresh_token"],"title":"Grant Type"},' +
        '"username":{"type":"string","title":"Username","default":""},' +
        '"refresh_token":{"type":"string","title":"Refresh Token","default":""}},' +
        '"type":"object","required":["grant_type"],"title":"Body_x"}',
    )
  })
})
