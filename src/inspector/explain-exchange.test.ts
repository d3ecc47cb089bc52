import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { explainExchange, tokenUrlResolution } from './explain-exchange'
import { detailOf } from './token-request-notes'
import { TEST_CONTEXT, TEST_ROOT, exchange, send } from '../testing/test-exchange'

const tutorial = createFirstStepsApp(new Set())
const withToken = createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH]))
const FORM = 'application/x-www-form-urlencoded'
const swaggerLogin = (body: string) => ({
  headers: { authorization: 'Basic Og==', 'content-type': FORM, 'x-requested-with': 'XMLHttpRequest' },
  body,
})

describe('why FastAPI answered: the password form', () => {
  it('the form has no username: 422 before the endpoint ran', async () => {
    const explanation = explainExchange(await send(withToken, 'POST', '/token', swaggerLogin('password=secret')))
    expect(explanation.summary).toBe('The form has no username, so FastAPI answered 422 before stand_in_login() ran.')
  })

  it('an empty username counts as missing', async () => {
    const explanation = explainExchange(await send(withToken, 'POST', '/token', swaggerLogin('username=&password=x')))
    expect(explanation.summary).toMatch(
      /^The form field username is empty, and FastAPI treats an empty field as missing/,
    )
  })

  it('a grant_type other than password does not match the pattern', async () => {
    const explanation = explainExchange(
      await send(withToken, 'POST', '/token', swaggerLogin('grant_type=foo&username=a&password=b')),
    )
    expect(explanation.summary).toBe(
      'The form field grant_type is "foo", which does not match ^password$, so FastAPI answered 422 before stand_in_login() ran.',
    )
  })

  it('a JSON body is not a form: every field is missing', async () => {
    const explanation = explainExchange(
      await send(withToken, 'POST', '/token', {
        headers: { 'content-type': 'application/json' },
        body: '{"username":"a","password":"b"}',
      }),
    )
    expect(explanation.summary).toMatch(
      /^The body was sent as application\/json, which FastAPI does not read as a form/,
    )
  })

  it('a field sent as a file is not a string: 422 before the endpoint ran', async () => {
    const body =
      '--b\r\nContent-Disposition: form-data; name="username"; filename="u.txt"\r\n\r\nu\r\n' +
      '--b\r\nContent-Disposition: form-data; name="password"\r\n\r\np\r\n--b--\r\n'
    const explanation = explainExchange(
      await send(withToken, 'POST', '/token', { headers: { 'content-type': 'multipart/form-data; boundary=b' }, body }),
    )
    expect(explanation.summary).toBe(
      'The form field username came as a file (its part has a filename), and a file is not a string, so FastAPI answered 422 before stand_in_login() ran.',
    )
  })

  it('as FastAPI 0.92, a multipart media type spelled with capitals is not read as a form', async () => {
    const app = createFirstStepsApp(new Set([STAND_IN_TOKEN_SWITCH]), '0.92')
    const explanation = explainExchange(
      await send(app, 'POST', '/token', {
        headers: { 'content-type': 'Multipart/Form-Data; boundary=b' },
        body: '--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nu\r\n--b--\r\n',
      }),
    )
    expect(explanation.summary).toMatch(
      /^The body was sent as Multipart\/Form-Data; boundary=b, which FastAPI does not read as a form/,
    )
  })

  it('a multipart body without a boundary cannot be read: 400 before any dependency', async () => {
    const explanation = explainExchange(
      await send(withToken, 'POST', '/token', { headers: { 'content-type': 'multipart/form-data' }, body: 'x' }),
    )
    expect(explanation.summary).toBe(
      'The body could not be read as multipart/form-data, so FastAPI answered 400 before any dependency ran.',
    )
  })

  it('a successful login: explains Basic Og== and what Swagger UI does with the token', async () => {
    const explanation = explainExchange(
      await send(withToken, 'POST', '/token', swaggerLogin('grant_type=password&username=alice&password=secret')),
    )
    expect(explanation.steps.map((step) => step.tone)).toEqual(['pass', 'pass', 'pass'])
    expect(explanation.steps[1]?.text).toBe('The form passed validation (grant_type, username, password).')
    const [basic, token] = explanation.notes
    expect(basic).toMatch(/^Authorization: Basic Og== comes from Swagger UI/)
    expect(basic).toContain('Og== is base64 of ":"')
    expect(token).toMatch(/sends it as “Authorization: Bearer <token>”/)
  })

  it('client credentials sent in the header are named, not hidden', async () => {
    const explanation = explainExchange(
      await send(withToken, 'POST', '/token', {
        headers: { authorization: 'Basic bXktY2xpZW50OnMzY3IzdA==', 'content-type': FORM },
        body: 'username=a&password=b',
      }),
    )
    expect(explanation.notes[0]).toContain('client_id "my-client"')
    expect(explanation.notes[0]).not.toContain('s3cr3t')
  })
})

describe('why a stateful app answered', () => {
  it('names what earlier requests left in main.py’s memory, from the record', () => {
    const revoked = exchange({
      request: { method: 'GET', url: `${TEST_ROOT}users/me/` },
      response: {
        status: 401,
        record: {
          method: 'GET',
          path: '/users/me/',
          rootPath: '',
          status: 401,
          steps: [{ stage: 'routing', result: 'matched', route: { method: 'GET', path: '/users/me/', name: 'me' } }],
          remembered: [{ dict: 'revoked_jtis', key: 'j1', value: 1768478700 }],
        },
      },
    })
    expect(explainExchange(revoked).notes).toContain(
      'What earlier requests left in main.py’s memory decided this answer: revoked_jtis["j1"] = 1768478700.',
    )
    expect(explainExchange(exchange({ request: revoked.request, response: { status: 200 } })).notes).toEqual([])
  })
})

describe('when there is nothing to explain yet', () => {
  it('says so for a pending request, a failure, and an answer without a record', () => {
    const request = { method: 'GET', url: `${TEST_ROOT}items/` }
    expect(explainExchange(exchange({ request })).summary).toBe('Waiting for the answer…')
    expect(explainExchange(exchange({ request, failure: 'Failed to fetch' })).summary).toMatch(/Failed to fetch$/)
    expect(explainExchange(exchange({ request, response: { status: 200 } })).summary).toMatch(/no record/)
  })

  it('names the server that answered over the network instead of the stand-in', () => {
    const request = { method: 'GET', url: 'http://127.0.0.1:8000/users/me' }
    const context = { ...TEST_CONTEXT, apiRoot: 'http://127.0.0.1:8000/' }
    const sent = exchange({ context, request, response: { status: 401, answeredBy: 'network' } })
    expect(explainExchange(sent).summary).toBe(
      'http://127.0.0.1:8000 answered 401 over the network, not the stand-in, so there is no record of why.',
    )
  })

  it('says when a request left the app for another address on the host', () => {
    const request = { method: 'POST', url: 'http://localhost:5173/token' }
    const sent = exchange({ request, response: { status: 404, answeredBy: 'network' } })
    expect(explainExchange(sent).summary).toBe(
      `This request went to http://localhost:5173/token, outside the app, which answers below ${TEST_ROOT}. ` +
        'The stand-in never saw it: whatever serves that address on this host answered 404.',
    )
  })
})

describe('FastAPI’s detail in words', () => {
  it('quotes a string detail and lists validation errors', () => {
    expect(detailOf('{"detail":"Inactive user"}')).toBe('"Inactive user"')
    expect(
      detailOf('{"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null}]}'),
    ).toBe('body.username: Field required')
    expect(detailOf('Internal Server Error')).toBe('Internal Server Error')
  })
})

describe('how the token URL was resolved', () => {
  it('resolves the relative tokenUrl against FastAPI’s docs page', async () => {
    const login = await send(withToken, 'POST', '/token', swaggerLogin('username=a&password=b'))
    expect(tokenUrlResolution(login, 'token', TEST_CONTEXT.docsPage)).toEqual({
      tokenUrl: 'token',
      fromDocument: true,
      docsPage: `${TEST_ROOT}docs`,
      resolved: `${TEST_ROOT}token`,
      matches: true,
    })
    expect(tokenUrlResolution(login, undefined, TEST_CONTEXT.docsPage)?.fromDocument).toBe(false)
  })

  it('is only told for token requests', async () => {
    expect(tokenUrlResolution(await send(tutorial, 'GET', '/items/'), 'token', TEST_CONTEXT.docsPage)).toBeUndefined()
  })
})
