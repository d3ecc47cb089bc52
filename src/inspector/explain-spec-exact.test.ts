// Why, for the answers of the spec-exact switch (main_spec_exact.py): the app's own exception
// handlers named as what decided, and what Swagger UI's dialog shows of an RFC 6749 error.
import { describe, expect, it } from 'vitest'
import { SPEC_EXACT_SWITCH } from '../lessons/shared/spec-exact-switch'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { explainExchange } from './explain-exchange'
import { send } from '../testing/test-exchange'

const app = createSimpleOAuth2App(new Set([SPEC_EXACT_SWITCH]))
const swaggerLogin = (body: string) => ({
  headers: {
    authorization: 'Basic Og==',
    'content-type': 'application/x-www-form-urlencoded',
    'x-requested-with': 'XMLHttpRequest',
  },
  body,
})

describe('why a spec-exact token endpoint answered', () => {
  it('a wrong password: login() raised TokenError, and token_error_handler() wrote the 400', async () => {
    const explanation = explainExchange(
      await send(app, 'POST', '/token', swaggerLogin('grant_type=password&username=johndoe&password=wrong')),
    )
    expect(explanation.tone).toBe('stop')
    expect(explanation.summary).toBe(
      'login() raised TokenError("invalid_grant", "Incorrect username or password"), which the app’s own handler ' +
        'token_error_handler() answered with 400: The password does not match johndoe\'s: it "hashes" to ' +
        '"fakehashedwrong", but the stored hash is "fakehashedsecret".',
    )
    expect(explanation.notes).toContain(
      'Swagger UI’s dialog shows “Error: Bad Request, error: invalid_grant, description: Incorrect username or ' +
        'password” for this answer: it reads error and error_description, the fields RFC 6749 gives a failed ' +
        'login, though never FastAPI’s detail.',
    )
  })

  it('a form without grant_type: FastAPI’s RequestValidationError, answered by token_form_error_handler()', async () => {
    const explanation = explainExchange(await send(app, 'POST', '/token', swaggerLogin('username=johndoe&password=x')))
    expect(explanation.summary).toBe(
      'The form has no grant_type, so FastAPI raised RequestValidationError before login() ran, and the app’s ' +
        'own handler token_form_error_handler() answered it with 400 instead of FastAPI’s 422: RFC 6749 calls a ' +
        'token request that lacks a required parameter, or is otherwise malformed, invalid_request; the ' +
        'description lists what the 422 would have listed.',
    )
  })

  it('another grant_type: unsupported_grant_type, checked first', async () => {
    const explanation = explainExchange(
      await send(app, 'POST', '/token', swaggerLogin('grant_type=client_credentials')),
    )
    expect(explanation.summary).toMatch(
      /^The form field grant_type is "client_credentials", which does not match \^password\$; the form has no username; .*answered it with 400 instead of FastAPI’s 422: grant_type is "client_credentials", and RFC 6749 calls a grant the server does not support unsupported_grant_type/,
    )
  })
})
