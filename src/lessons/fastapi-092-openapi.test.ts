// The OpenAPI documents as FastAPI 0.92 serves them (row `openapi-3-0-2` of
// docs/fastapi-behaviour.md#what-fastapi-092-did-differently): dumped from Debian 12's
// python3-fastapi 0.92.0 running each lesson's main_depends.py (GET /openapi.json; fastapi/
// openapi/utils.py and Pydantic 1's schema() there) and pinned here byte for byte.
import { describe, expect, it } from 'vitest'
import type { FastApiApp } from '../server/fastapi-app'
import { createTestClient } from '../testing/test-client'
import { createFirstStepsApp } from './first-steps/first-steps-app'
import tutorial001 from './first-steps/tutorial001-openapi-0.92.json'
import { createGetCurrentUserApp } from './get-current-user/get-current-user-app'
import tutorial002 from './get-current-user/tutorial002-openapi-0.92.json'
import { createHttpBasicAuthCheckApp } from './http-basic-auth-check/http-basic-auth-check-app'
import tutorial007 from './http-basic-auth-check/tutorial007-openapi-0.92.json'
import { createHttpBasicAuthApp } from './http-basic-auth/http-basic-auth-app'
import tutorial006 from './http-basic-auth/tutorial006-openapi-0.92.json'
import { createSimpleOAuth2App } from './simple-oauth2/simple-oauth2-app'
import tutorial003 from './simple-oauth2/tutorial003-openapi-0.92.json'

const CASES: readonly (readonly [string, FastApiApp, unknown])[] = [
  ['first-steps', createFirstStepsApp(new Set(), '0.92'), tutorial001],
  ['get-current-user', createGetCurrentUserApp(new Set(), '0.92'), tutorial002],
  ['simple-oauth2', createSimpleOAuth2App(new Set(), '0.92'), tutorial003],
  ['http-basic-auth', createHttpBasicAuthApp('0.92'), tutorial006],
  ['http-basic-auth-check', createHttpBasicAuthCheckApp('0.92'), tutorial007],
]

describe('OpenAPI documents as FastAPI 0.92 served them', () => {
  it.each(CASES)('%s: the document FastAPI 0.92 serves, byte for byte', async (_id, app, fixture) => {
    const response = await createTestClient(app).get('/openapi.json')
    // JSON.stringify keeps the fixture's key order, and FastAPI's compact separators are its own.
    expect(response.text).toBe(JSON.stringify(fixture))
    expect(response.record.releaseChanges).toEqual(['openapi-3-0-2'])
  })

  it.each(CASES)('%s: behind a proxy, the root path is the first server, after info', async (_id, app, fixture) => {
    const response = await createTestClient(app, 'http://testserver/learn/oauth2').get('/openapi.json')
    const { openapi, info, ...rest } = fixture as Record<string, unknown>
    expect(response.text).toBe(JSON.stringify({ openapi, info, servers: [{ url: '/learn/oauth2' }], ...rest }))
  })

  it('says 3.0.2 and keeps optional fields plain, with the regex as FastAPI 0.92 wrote it', () => {
    expect(tutorial003.openapi).toBe('3.0.2')
    expect(tutorial003.components.schemas.Body_login_token_post.properties.grant_type).toEqual({
      title: 'Grant Type',
      pattern: 'password',
      type: 'string',
    })
    expect(Object.keys(tutorial003.components.schemas.ValidationError.properties)).toEqual(['loc', 'msg', 'type'])
  })
})
