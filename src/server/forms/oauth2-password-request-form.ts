// FastAPI's OAuth2PasswordRequestForm, field for field.
import { pythonSplit } from '../python-text'
import type { FormModel } from './form-model'

export interface OAuth2PasswordRequestForm {
  readonly grantType: string | null
  readonly username: string
  readonly password: string
  /** `scope.split()`: the space-separated scopes the client asked for. */
  readonly scopes: readonly string[]
  readonly clientId: string | null
  readonly clientSecret: string | null
}

export const oauth2PasswordRequestForm: FormModel<OAuth2PasswordRequestForm> = {
  fields: [
    { name: 'grant_type', required: false, nullable: true, pattern: '^password$', regex092: 'password' },
    { name: 'username', required: true },
    { name: 'password', required: true, format: 'password' },
    { name: 'scope', required: false, default: '' },
    { name: 'client_id', required: false, nullable: true },
    { name: 'client_secret', required: false, nullable: true, format: 'password' },
  ],
  build: (values) => ({
    grantType: values.grant_type ?? null,
    username: values.username ?? '',
    password: values.password ?? '',
    scopes: pythonSplit(values.scope ?? ''),
    clientId: values.client_id ?? null,
    clientSecret: values.client_secret ?? null,
  }),
}
