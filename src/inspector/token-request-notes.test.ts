// Each note beside a login request shows only where it is true: the dialog's notes for what the
// Authorize dialog sent, "see the note above" only under a note, and the header's reader as the
// record names it (the json-login mistake's route reads no password form).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { JSON_LOGIN } from '../lessons/simple-oauth2/mistake-ids'
import { createSimpleOAuth2App } from '../lessons/simple-oauth2/simple-oauth2-app'
import { send } from '../testing/test-exchange'
import { explainExchange } from './explain-exchange'
import { authorizationHeaderNote } from './token-request-notes'

const FORM = 'application/x-www-form-urlencoded'
/** What the Authorize dialog sends: Swagger UI's headers, and its empty client pair. */
const fromDialog = (body: string) => ({
  headers: { authorization: 'Basic Og==', 'content-type': FORM, 'x-requested-with': 'XMLHttpRequest' },
  body,
})
const WRONG_PASSWORD = 'grant_type=password&username=johndoe&password=nope'
const app = createSimpleOAuth2App()

describe('the Authorize dialog’s notes', () => {
  it('go with a login the dialog sent', async () => {
    const notes = explainExchange(await send(app, 'POST', '/token', fromDialog(WRONG_PASSWORD))).notes
    expect(notes).toEqual([
      expect.stringMatching(/^Authorization: Basic Og== comes from Swagger UI, not from you/),
      'Swagger UI’s dialog shows only “Error: Bad Request” for this answer and never FastAPI’s detail. ' +
        'FastAPI said: "Incorrect username or password"',
    ])
  })

  it('stay away from the same login sent by Try it out, which shows the detail itself', async () => {
    const tryItOut = { headers: { 'content-type': FORM, accept: 'application/json' }, body: WRONG_PASSWORD }
    expect(explainExchange(await send(app, 'POST', '/token', tryItOut)).notes).toEqual([])
  })

  it('stay away from a login sent from the panel, even with the dialog’s Basic Og==', async () => {
    const panel = { headers: { authorization: 'Basic Og==', 'content-type': FORM }, body: WRONG_PASSWORD }
    const notes = explainExchange(await send(app, 'POST', '/token', panel)).notes
    expect(notes).toEqual([
      'Authorization: Basic Og== sends an empty client pair: Og== is base64 of ":", an empty client_id, the ' +
        'colon, and an empty client_secret. OAuth2PasswordRequestForm never reads this header, so it does no harm.',
    ])
  })

  it('say what Swagger UI keeps only for a token the dialog received', async () => {
    const login = 'grant_type=password&username=johndoe&password=secret'
    const dialog = explainExchange(await send(app, 'POST', '/token', fromDialog(login))).notes
    expect(dialog.at(-1)).toMatch(/^Swagger UI keeps this access_token/)
    const panel = explainExchange(
      await send(app, 'POST', '/token', { headers: { 'content-type': FORM }, body: login }),
    ).notes
    expect(panel).toEqual([])
  })
})

describe('the note on the login request’s Authorization header', () => {
  it('points to the note above when there is one', async () => {
    expect(authorizationHeaderNote(await send(app, 'POST', '/token', fromDialog(WRONG_PASSWORD)))).toBe(
      'the password form does not read it (see the note above)',
    )
  })

  it('points nowhere when nothing is above: a 422 sent from the panel with a bearer token', async () => {
    const sent = await send(app, 'POST', '/token', {
      headers: { authorization: 'Bearer johndoe', 'content-type': FORM },
      body: 'username=johndoe',
    })
    expect(sent.response?.status).toBe(422)
    expect(explainExchange(sent).notes).toEqual([])
    expect(authorizationHeaderNote(sent)).toBe('the password form does not read it')
  })

  it('is absent for a request that is no login', async () => {
    expect(authorizationHeaderNote(await send(app, 'GET', '/users/me'))).toBeUndefined()
  })
})

describe('what read the login, as the record says', () => {
  it('names the JSON body of the json-login mistake’s route, not the password form it no longer takes', async () => {
    const faulty = createSimpleOAuth2App(new Set([JSON_LOGIN]))
    const sent = await send(faulty, 'POST', '/token', fromDialog(WRONG_PASSWORD))
    const notes = explainExchange(sent).notes.join('\n')
    expect(notes).not.toContain('OAuth2PasswordRequestForm')
    expect(notes).toContain(
      'This login route reads only its LoginRequest JSON body, never this header, so it does no harm.',
    )
    expect(authorizationHeaderNote(sent)).toBe(
      'the route reads only its LoginRequest JSON body, not this header (see the note above)',
    )
  })

  it('says nothing read it when no route took the request', async () => {
    const sent = await send(createFirstStepsApp(new Set()), 'POST', '/token', fromDialog(WRONG_PASSWORD))
    expect(explainExchange(sent).notes[0]).toMatch(/No route took this request, so nothing read this header/)
    expect(authorizationHeaderNote(sent)).toBe('no route took this request, so nothing read it (see the note above)')
  })
})

describe('Swagger UI marks only the dialog’s login', () => {
  // The fact fromAuthorizeDialog rests on, pinned against the bundle the page loads: if Swagger UI
  // ever sends X-Requested-With elsewhere, or not at all, this fails.
  it('sends X-Requested-With from its token request alone', () => {
    const bundle = readFileSync(
      new URL('../../node_modules/swagger-ui-react/swagger-ui-es-bundle-core.js', import.meta.url),
      'utf8',
    )
    const at = [...bundle.matchAll(/X-Requested-With/g)].map((match) => match.index)
    expect(at).toHaveLength(1)
    const around = bundle.slice(Math.max(0, (at[0] ?? 0) - 200), (at[0] ?? 0) + 200)
    expect(around).toContain('"Content-Type":"application/x-www-form-urlencoded"')
    expect(around).toMatch(/method:"post"/)
  })

  it('never from swagger-client, which sends Try it out', () => {
    const client = readFileSync(
      new URL('../../node_modules/swagger-client/dist/swagger-client.browser.js', import.meta.url),
      'utf8',
    )
    expect(client).toContain('requestInterceptor')
    expect(client).not.toMatch(/X-Requested-With/i)
  })
})
