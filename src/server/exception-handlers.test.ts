// The app's own exception handlers and the `response: Response` parameter, on a small app checked
// against what FastAPI 0.165 answers for the same Python (the lessons' main_spec_exact.py, whose
// answers current-fastapi-agreement.test.ts compares over HTTP).
import { describe, expect, it, vi } from 'vitest'
import { createTestClient, form } from '../testing/test-client'
import { AppException, exceptionHandler, type RequestValidationHandler } from './exception-handlers'
import { createFastApiApp } from './fastapi-app'
import { oauth2PasswordRequestFormStrict } from './forms/oauth2-password-request-form'
import { HTTPException } from './http-exception'
import { defineRoute } from './route'

class Refused extends AppException {
  constructor(code: string) {
    super('Refused', [code], { why: `refused with ${code}`, check: code })
  }
}

class Unhandled extends AppException {
  constructor() {
    super('Unhandled', [])
  }
}

const refusedHandler = exceptionHandler('refused_handler', Refused, ({ pythonArgs: [code] }) => ({
  status: 400,
  content: { error: code ?? '' },
  headers: { 'Cache-Control': 'no-store' },
}))

const validationHandler: RequestValidationHandler = {
  name: 'form_errors',
  handle: (errors, endpoint) =>
    endpoint === 'login'
      ? { status: 400, content: { error: 'invalid_request', count: errors.length }, why: 'the form is incomplete' }
      : undefined,
}

const login = defineRoute({
  method: 'POST',
  path: '/token',
  name: 'login',
  form: oauth2PasswordRequestFormStrict,
  endpoint: ({ form: fields, response }) => {
    if (fields.username === 'refused') throw new Refused('invalid_grant')
    if (fields.username === 'unhandled') throw new Unhandled()
    if (fields.username === 'http') throw new HTTPException(400, 'plain')
    response.headers.set('Cache-Control', 'no-store')
    return { access_token: fields.username }
  },
})

const other = defineRoute({
  method: 'POST',
  path: '/other',
  name: 'other',
  form: oauth2PasswordRequestFormStrict,
  endpoint: () => ({}),
})

const client = createTestClient(
  createFastApiApp([login, other], {
    exceptionHandlers: { appExceptions: [refusedHandler], requestValidation: validationHandler },
  }),
)

const GOOD = 'grant_type=password&password=p&username='

describe('the app’s own exception handlers', () => {
  it('answer an exception of the app’s own class, and the record names the handler', async () => {
    const response = await client.post('/token', form(`${GOOD}refused`))
    expect(response.status).toBe(400)
    expect(response.text).toBe('{"error":"invalid_grant"}')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-length')).toBe('25')
    expect(response.record.steps.at(-1)).toEqual({
      stage: 'endpoint',
      result: 'raised',
      name: 'login',
      status: 400,
      why: 'refused with invalid_grant',
      check: 'invalid_grant',
      exception: { pythonClass: 'Refused', args: ['invalid_grant'], handler: 'refused_handler' },
    })
  })

  it('leave an exception no handler is registered for to Starlette: a plain-text 500', async () => {
    // The traceback goes to the console, as a server's does.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await client.post('/token', form(`${GOOD}unhandled`))
    quiet.mockRestore()
    expect(response.status).toBe(500)
    expect(response.text).toBe('Internal Server Error')
  })

  it('leave HTTPException to FastAPI’s own handler', async () => {
    const response = await client.post('/token', form(`${GOOD}http`))
    expect(response.text).toBe('{"detail":"plain"}')
  })

  it('answer a RequestValidationError of the route they take, and note it on the validation step', async () => {
    const response = await client.post('/token', form('username=u'))
    expect(response.status).toBe(400)
    expect(response.json()).toEqual({ error: 'invalid_request', count: 2 })
    expect(response.record.steps.at(-1)).toMatchObject({
      stage: 'validation',
      result: 'failed',
      handledBy: { handler: 'form_errors', status: 400, why: 'the form is incomplete' },
    })
  })

  it('hand any other route’s errors on to FastAPI’s 422', async () => {
    const response = await client.post('/other', form('username=u'))
    expect(response.status).toBe(422)
    expect(response.record.steps.at(-1)).not.toHaveProperty('handledBy')
  })
})

describe('the response parameter', () => {
  it('sends the headers the path function set with the value it returned', async () => {
    const response = await client.post('/token', form(`${GOOD}johndoe`))
    expect(response.status).toBe(200)
    expect(response.text).toBe('{"access_token":"johndoe"}')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toBe('application/json')
  })
})
