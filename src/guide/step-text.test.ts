import { describe, expect, it } from 'vitest'
import { standInTokenSwitch, STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { stepText } from './step-text'

describe('stepText: the exact clicks of a step', () => {
  it('names the switch by its label', () => {
    expect(stepText({ action: 'switch', switchId: STAND_IN_TOKEN_SWITCH }, [standInTokenSwitch('tutorial001')])).toBe(
      'Tick **Add a stand-in /token endpoint (not part of the tutorial)** under **Additions that are not part of the tutorial**, if it is not ticked already.',
    )
  })

  it('walks through the Authorize dialog, scopes included', () => {
    const text = stepText({ action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me', 'items'] }, [])
    expect(text).toBe(
      'Click **Authorize** at the top of the docs (if the dialog shows you as authorized, click **Logout** first), ' +
        'enter username `johndoe` and password `secret`, tick only `me` and `items` under Scopes, ' +
        'click **Authorize** in the dialog and, once it answers, **Close**.',
    )
    expect(stepText({ action: 'authorize', username: 'a', password: 'b', scopes: [] }, [])).toContain(
      ', untick every scope under Scopes, ',
    )
    expect(stepText({ action: 'authorize', username: 'a', password: 'b' }, [])).not.toContain('Scopes')
  })

  it('names the part of the dialog an API key goes into, and its own Logout', () => {
    expect(stepText({ action: 'authorize-api-key', scheme: 'APIKeyHeader', key: 'robot-key' }, [])).toBe(
      'Click **Authorize** at the top of the docs; under **APIKeyHeader** (if that part shows as authorized, ' +
        'click its **Logout** first), type `robot-key` into **Value**, click the **Authorize** button of that ' +
        'part, then **Close**.',
    )
  })

  it('says how to send a request from the panel, headers and form included', () => {
    expect(
      stepText(
        { action: 'send', method: 'POST', path: '/token', headers: { Authorization: 'Bearer' }, form: 'username=x' },
        [],
      ),
    ).toBe(
      'In **HTTP traffic**, open **Send a request** if it is closed, choose POST, set **Path** to `/token`, set ' +
        '**Headers** to `Authorization: Bearer` and nothing else, set **Form body** to `username=x`, and click **Send**.',
    )
  })

  it('empties what an earlier request left in the form, whatever the step does not list', () => {
    expect(stepText({ action: 'send', method: 'GET', path: '/items' }, [])).toBe(
      'In **HTTP traffic**, open **Send a request** if it is closed, choose GET, set **Path** to `/items`, ' +
        'empty **Headers** and **Form body**, and click **Send**.',
    )
    expect(
      stepText({ action: 'send', method: 'GET', path: '/x', headers: { Authorization: 'Bearer a', 'X-Y': 'z' } }, []),
    ).toContain(
      'set **Headers** to `Authorization: Bearer a` and `X-Y: z`, one per line, and nothing else, empty **Form body**',
    )
  })

  it('clicks Try it out only when it is offered, so that an open operation stays open', () => {
    expect(stepText({ action: 'execute', method: 'GET', path: '/items/' }, [])).toBe(
      'Expand **GET /items/** if it is closed, click **Try it out** if it is offered (once on, the button reads ' +
        '**Cancel**), then **Execute**.',
    )
  })

  it('says which token answer to refresh from, and the button', () => {
    expect(stepText({ action: 'refresh', from: 'newest' }, [])).toBe(
      'In **HTTP traffic**, select the newest **POST /token** row that answered 200, then under its answer click ' +
        '**Refresh with this token**.',
    )
    expect(stepText({ action: 'refresh', from: 'login' }, [])).toContain(
      'the newest **POST /token** row that answered 200 to a login (its form says grant_type `password`)',
    )
  })

  it('names the panel’s tampering controls', () => {
    expect(
      stepText({ action: 'tamper', path: '/users/me/', change: { kind: 'claim', claim: 'sub', value: 'alice' } }, []),
    ).toBe(
      'In **HTTP traffic**, select the newest **GET /users/me/** row, then under **Tamper and resend** change the ' +
        'payload’s `sub` to `"alice"` and click **Resend to /users/me/**.',
    )
    expect(stepText({ action: 'tamper', path: '/x', change: { kind: 'drop-signature' } }, [])).toContain(
      'tick **Drop the signature**',
    )
  })

  it('says how to log out of what an earlier experiment authorized', () => {
    expect(stepText({ action: 'logout' }, [])).toContain('click **Authorize** at the top of the docs, then **Logout**')
  })

  it('keeps a value with a backtick readable as code', () => {
    expect(stepText({ action: 'execute-form', method: 'POST', path: '/token', fields: { username: 'a`b' } }, [])).toBe(
      'Expand **POST /token** if it is closed, click **Try it out** if it is offered (once on, the button reads ' +
        '**Cancel**), set username to ``a`b``, then click **Execute**.',
    )
  })
})

describe('stepText: logging in at an identity provider', () => {
  it('walks through the dialog and the provider’s popup, client_id and scopes included', () => {
    const text = stepText(
      {
        action: 'authorize-code',
        scheme: 'OAuth2AuthorizationCodeBearer',
        clientId: 'billing-dashboard',
        username: 'alice',
        password: 'wonderland',
        scopes: ['openid'],
      },
      [],
    )
    expect(text).toBe(
      'Click **Authorize** at the top of the docs (if **OAuth2AuthorizationCodeBearer** shows you as authorized, ' +
        'click its **Logout** first). Under **OAuth2AuthorizationCodeBearer**, change **client_id** to ' +
        '`billing-dashboard`, tick only `openid` under Scopes and click **Authorize**. In the identity provider’s ' +
        'window that opens, log in as `alice` with the password `wonderland` and click **Sign in**. The window ' +
        'closes itself; once the dialog shows you as authorized, click **Close**.',
    )
    const noScopes = stepText(
      { action: 'authorize-code', scheme: 'OpenIdConnect', username: 'a', password: 'b', scopes: [] },
      [],
    )
    expect(noScopes).toContain('Under **OpenIdConnect**, untick every scope and click **Authorize**.')
    expect(noScopes).not.toContain('client_id')
  })

  it('says how to send a request again, and how to sign a token with a key of one’s own', () => {
    expect(stepText({ action: 'resend', method: 'POST', path: '/realms/x/token' }, [])).toBe(
      'In **HTTP traffic**, select the newest **POST /realms/x/token** row, then click **Send again**.',
    )
    expect(stepText({ action: 'tamper', path: '/users/me', change: { kind: 'own-key' } }, [])).toContain(
      'tick **Sign with a key of your own** and click **Resend to /users/me**.',
    )
  })
})
