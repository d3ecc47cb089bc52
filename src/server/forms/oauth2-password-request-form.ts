// FastAPI's OAuth2PasswordRequestForm and OAuth2PasswordRequestFormStrict, field for field.
import { pythonSplit } from '../python-text'
import type { FormField, FormModel, FormValues } from './form-model'

export interface OAuth2PasswordRequestForm {
  readonly grantType: string | null
  readonly username: string
  readonly password: string
  /** `scope.split()`: the space-separated scopes the client asked for. */
  readonly scopes: readonly string[]
  readonly clientId: string | null
  readonly clientSecret: string | null
}

const build = (values: FormValues): OAuth2PasswordRequestForm => ({
  grantType: values.grant_type ?? null,
  username: values.username ?? '',
  password: values.password ?? '',
  scopes: pythonSplit(values.scope ?? ''),
  clientId: values.client_id ?? null,
  clientSecret: values.client_secret ?? null,
})

const LATER_FIELDS: readonly FormField[] = [
  { name: 'scope', required: false, default: '' },
  { name: 'client_id', required: false, nullable: true },
]

export const oauth2PasswordRequestForm: FormModel<OAuth2PasswordRequestForm> = {
  fields: [
    { name: 'grant_type', required: false, nullable: true, pattern: '^password$', regex092: 'password' },
    { name: 'username', required: true },
    { name: 'password', required: true, format: 'password' },
    ...LATER_FIELDS,
    { name: 'client_secret', required: false, nullable: true, format: 'password' },
  ],
  build,
}

/**
 * The strict form requires `grant_type=password`, as RFC 6749 section 4.3.2 does. Its `__init__`
 * declares its own fields without the `format: password` of the other form's password fields, so
 * its schema in the OpenAPI document has none (fastapi/security/oauth2.py).
 */
export const oauth2PasswordRequestFormStrict: FormModel<OAuth2PasswordRequestForm> = {
  fields: [
    { name: 'grant_type', required: true, pattern: '^password$', regex092: 'password' },
    { name: 'username', required: true },
    { name: 'password', required: true },
    ...LATER_FIELDS,
    { name: 'client_secret', required: false, nullable: true },
  ],
  build,
}
