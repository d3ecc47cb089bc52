// The mistakes' observations, against the faulty apps: what a learner's clicks send with the
// mistake on completes the experiment; the same request to the tutorial's app does not.
import { describe, expect, it } from 'vitest'
import { exchange, send, TEST_CONTEXT, TEST_ROOT } from '../testing/test-exchange'
import { createGetCurrentUserApp } from '../lessons/get-current-user/get-current-user-app'
import { mistakes as currentUserMistakes } from '../lessons/get-current-user/mistakes'
import type { LessonMistake } from '../lessons/mistake'
import { mistakes as simpleMistakes } from '../lessons/simple-oauth2/mistakes'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import type { Exchange } from '../inspector/exchange'
import { observedExchange } from '../inspector/observed-exchange'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const SWAGGER_LOGIN = { headers: FORM, body: 'grant_type=password&username=johndoe&password=secret' }

function done(list: readonly LessonMistake[], id: string, sent: Exchange, earlier: readonly Exchange[] = []): boolean {
  const mistake = list.find((candidate) => candidate.id === id)
  const observed = observedExchange(sent, earlier)
  if (!mistake || !observed) throw new Error(`no mistake ${id}, or no answer`)
  return mistake.experiment.observation.test(observed)
}

describe('simple-oauth2 mistakes', () => {
  const faulty = (id: string) => createSimpleOAuth2App(new Set([id]))

  it('json-login: Swagger UI’s form meets the JSON model', async () => {
    expect(done(simpleMistakes, 'json-login', await send(faulty('json-login'), 'POST', '/token', SWAGGER_LOGIN))).toBe(
      true,
    )
    expect(
      done(simpleMistakes, 'json-login', await send(createSimpleOAuth2App(), 'POST', '/token', SWAGGER_LOGIN)),
    ).toBe(false)
  })

  it('token-key: the word undefined as a token', async () => {
    const undefinedToken = { headers: { authorization: 'Bearer undefined' } }
    expect(done(simpleMistakes, 'token-key', await send(faulty('token-key'), 'GET', '/users/me', undefinedToken))).toBe(
      true,
    )
    const john = { headers: { authorization: 'Bearer johndoe' } }
    expect(done(simpleMistakes, 'token-key', await send(faulty('token-key'), 'GET', '/users/me', john))).toBe(false)
  })

  it('no-multipart: no answer, because the app never started', async () => {
    expect(done(simpleMistakes, 'no-multipart', await send(faulty('no-multipart'), 'GET', '/users/me'))).toBe(true)
    expect(done(simpleMistakes, 'no-multipart', await send(createSimpleOAuth2App(), 'GET', '/users/me'))).toBe(false)
  })

  it('absolute-token-url: a login that went to the host’s root, not to the app', () => {
    const outside = exchange({
      request: { method: 'POST', url: 'http://localhost:5173/token' },
      response: { status: 404, answeredBy: 'network' },
    })
    const inside = exchange({
      request: { method: 'POST', url: `${TEST_ROOT}token` },
      response: { status: 200, answeredBy: 'stand-in' },
    })
    expect(done(simpleMistakes, 'absolute-token-url', outside)).toBe(true)
    expect(done(simpleMistakes, 'absolute-token-url', inside)).toBe(false)
  })

  it('persist-authorization: logged in with no login since the page loaded', async () => {
    const app = faulty('persist-authorization')
    const login = await send(app, 'POST', '/token', { ...SWAGGER_LOGIN, seq: 1 })
    const me = await send(app, 'GET', '/users/me', { headers: { authorization: 'Bearer johndoe' }, seq: 2 })
    expect(done(simpleMistakes, 'persist-authorization', me, [])).toBe(true)
    expect(done(simpleMistakes, 'persist-authorization', me, [login, me])).toBe(false)
  })
})

describe('get-current-user mistakes', () => {
  it('http-bearer: a token typed into the Value box passes HTTPBearer', async () => {
    const john = { headers: { authorization: 'Bearer johndoe' }, context: TEST_CONTEXT }
    const faulty = createGetCurrentUserApp(new Set(['http-bearer']))
    expect(done(currentUserMistakes, 'http-bearer', await send(faulty, 'GET', '/users/me', john))).toBe(true)
    const tutorial = createGetCurrentUserApp(new Set())
    expect(done(currentUserMistakes, 'http-bearer', await send(tutorial, 'GET', '/users/me', john))).toBe(false)
  })
})
