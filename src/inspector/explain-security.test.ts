import { describe, expect, it } from 'vitest'
import { dependency, depends, schemeDependency } from '../server/dependencies'
import { createFastApiApp } from '../server/fastapi-app'
import { defineRoute } from '../server/route'
import { apiKeyHeader, apiKeyQuery } from '../server/security/api-key'
import { httpDigest } from '../server/security/http-digest'
import { oauth2PasswordBearer } from '../server/security/oauth2-password-bearer'
import { send } from '../testing/test-exchange'
import { explainExchange } from './explain-exchange'

const apiKey = schemeDependency('api_key_header', apiKeyHeader({ name: 'X-API-Key' }))
const optionalKey = schemeDependency('api_key_query', apiKeyQuery({ name: 'api_key', autoError: false }))
const optionalToken = schemeDependency('oauth2_scheme', oauth2PasswordBearer({ tokenUrl: 'token', autoError: false }))
const digest = schemeDependency('digest_scheme', httpDigest())
const getOptionalUser = dependency({
  name: 'get_optional_user',
  params: { token: depends(optionalToken) },
  call: ({ token }) => token,
})

const app = createFastApiApp([
  defineRoute({
    method: 'GET',
    path: '/key',
    name: 'read_key',
    params: { key: depends(apiKey) },
    endpoint: () => ({}),
  }),
  defineRoute({
    method: 'GET',
    path: '/query',
    name: 'read_query',
    params: { key: depends(optionalKey) },
    endpoint: () => ({}),
  }),
  defineRoute({
    method: 'GET',
    path: '/greeting',
    name: 'read_greeting',
    params: { user: depends(getOptionalUser) },
    endpoint: () => ({}),
  }),
  defineRoute({
    method: 'GET',
    path: '/digest',
    name: 'read_digest',
    params: { credentials: depends(digest) },
    endpoint: () => ({}),
  }),
])

describe('why FastAPI answered: API keys, HTTPDigest and auto_error=False', () => {
  it('an API key is read from its header and handed on unchecked', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/key', { headers: { 'x-api-key': 'robot-key' } }))
    expect(explanation.steps[1]).toEqual({
      tone: 'pass',
      text:
        'api_key_header (APIKeyHeader) read "robot-key" from the X-API-Key header and handed it to read_key(), ' +
        'unchecked: whether the key is valid is the app’s business.',
    })
  })

  it('a missing API key is a 401 with the APIKey challenge, named after where it was looked for', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/key'))
    expect(explanation.summary).toBe(
      'There is no X-API-Key header, or it is empty, so api_key_header (APIKeyHeader) answered 401 Not ' +
        'authenticated (WWW-Authenticate: APIKey) before read_key() ran.',
    )
  })

  it('with auto_error=False a missing key is None, handed on instead of a 401', async () => {
    const explanation = explainExchange(await send(app, 'GET', '/query?api_key='))
    expect(explanation.steps[1]).toEqual({
      tone: 'info',
      text:
        'There is no query parameter api_key, or it is empty. With auto_error=False, api_key_query ' +
        '(APIKeyQuery) handed None to read_query() instead of answering 401: what a missing credential ' +
        'means is up to that code.',
    })
  })

  it('with auto_error=False another scheme is None too, handed to the dependency that asked', async () => {
    const explanation = explainExchange(
      await send(app, 'GET', '/greeting', { headers: { authorization: 'Basic am9objpzZWNyZXQ=' } }),
    )
    expect(explanation.steps.map((step) => step.text)).toEqual([
      'GET /greeting matched the route of read_greeting().',
      'The scheme is "Basic", not bearer (compared case-insensitively). With auto_error=False, oauth2_scheme ' +
        '(OAuth2PasswordBearer) handed None to get_optional_user() instead of answering 401: what a missing ' +
        'credential means is up to that code.',
      'get_optional_user() returned, and FastAPI handed its value to read_greeting().',
      'read_greeting() ran and returned; FastAPI sent its value as JSON with 200 OK.',
    ])
  })

  it('HTTPDigest wants the word digest, and hands on the rest unread', async () => {
    const refused = explainExchange(await send(app, 'GET', '/digest', { headers: { authorization: 'Bearer x' } }))
    expect(refused.summary).toBe(
      'The scheme is "Bearer", not digest (compared case-insensitively), so digest_scheme (HTTPDigest) answered ' +
        '401 Not authenticated (WWW-Authenticate: Digest) before read_digest() ran.',
    )
    const passed = explainExchange(
      await send(app, 'GET', '/digest', { headers: { authorization: 'Digest username="john"' } }),
    )
    expect(passed.steps[1]?.text).toBe(
      'digest_scheme (HTTPDigest) found the scheme "Digest", which is digest in any case, and handed ' +
        '"username=\\"john\\"" to read_digest().',
    )
  })
})
